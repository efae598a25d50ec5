import Foundation

/// Row labels as the identities compare them: blanks removed (extraction artefacts), and the
/// 一、二、… ordinal of 表1/表4 rows separated from the name.
enum Labels {
    private static let numerals = Set("一二三四五六七八九十")

    static func normalised(_ label: String) -> String {
        label.filter { !$0.isWhitespace }
    }

    /// "一、一般公共服务支出" → "一般公共服务支出"; nil for a label without an ordinal.
    static func withoutOrdinal(_ label: String) -> String? {
        let text = normalised(label)
        let numeral = text.prefix { numerals.contains($0) }
        guard !numeral.isEmpty, text.dropFirst(numeral.count).first == "、" else { return nil }
        return String(text.dropFirst(numeral.count + 1))
    }

    static func hasOrdinal(_ label: String) -> Bool {
        withoutOrdinal(label) != nil
    }

    /// The name a row is matched by across tables, with or without its ordinal.
    static func name(_ label: String) -> String {
        withoutOrdinal(label) ?? normalised(label)
    }
}
