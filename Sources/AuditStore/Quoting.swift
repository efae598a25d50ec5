/// Puts user-supplied text in single quotes for a one-line message, with control characters
/// escaped so a label like "a\nb" cannot break the line.
enum Quoting {
    static func quoted(_ text: String) -> String {
        "'" + escapingControlCharacters(text) + "'"
    }

    static func escapingControlCharacters(_ text: String) -> String {
        text.unicodeScalars.map { scalar in
            switch scalar {
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            default:
                let isControl = scalar.properties.generalCategory == .control
                return isControl ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
            }
        }.joined()
    }
}
