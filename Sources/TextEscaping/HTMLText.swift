/// Untrusted text (every report is) as HTML character data or a double-quoted attribute value.
/// Control characters, which HTML does not allow, are shown as in a terminal.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in TerminalText.show(text, keeping: { $0 == "\n" || $0 == "\t" || $0 == "\r" }) {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
