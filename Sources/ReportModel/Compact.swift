/// Text with the blanks of extraction removed, so that "2024 年度" and "2024年度" compare equal.
public enum Compact {
    public static func text<S: StringProtocol>(_ text: S) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{3000}" }))
    }
}
