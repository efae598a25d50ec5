import CheckerKit

/// One place where two copies differ: what the first copy has there and what the second has.
/// Either side may be empty (a dropped or an added piece).
struct TextDifference: Hashable {
    let first: String
    let second: String

    /// Longer pieces (a whole paragraph only one copy has) are cut to this many characters.
    static let quoted = 40

    var wording: LocalizedText {
        let (one, other) = (Self.quote(first), Self.quote(second))
        return switch (first.isEmpty, second.isEmpty) {
        case (false, true): LocalizedText(en: "\(one.en) dropped", zh: "删去\(one.zh)")
        case (true, false): LocalizedText(en: "\(other.en) added", zh: "增加\(other.zh)")
        default: LocalizedText(en: "\(one.en) → \(other.en)", zh: "\(one.zh) → \(other.zh)")
        }
    }

    private static func quote(_ text: String) -> LocalizedText {
        let scalars = text.unicodeScalars
        guard scalars.count > quoted else { return .same("«\(text)»") }
        let opening = "«\(String(String.UnicodeScalarView(scalars.prefix(quoted))))…»"
        return LocalizedText(en: "\(opening) (\(scalars.count) characters)", zh: "\(opening)（共 \(scalars.count) 字）")
    }
}
