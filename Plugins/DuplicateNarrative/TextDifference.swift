/// One place where two copies differ: what the first copy has there and what the second has.
/// Either side may be empty (a dropped or an added piece).
struct TextDifference: Hashable {
    let first: String
    let second: String

    /// Longer pieces (a whole paragraph only one copy has) are cut to this many characters.
    static let quoted = 40

    var description: String {
        switch (first.isEmpty, second.isEmpty) {
        case (false, true): "\(Self.quote(first)) dropped"
        case (true, false): "\(Self.quote(second)) added"
        default: "\(Self.quote(first)) → \(Self.quote(second))"
        }
    }

    private static func quote(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > quoted else { return "«\(text)»" }
        return "«\(String(String.UnicodeScalarView(scalars.prefix(quoted))))…» (\(scalars.count) characters)"
    }
}
