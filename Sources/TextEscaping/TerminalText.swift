/// Untrusted text for a terminal. Control characters in a report, an author, a commit message
/// or a triage reason could otherwise move the cursor, recolour the screen, set the window
/// title or plant OSC 8 hyperlinks; each is shown as a visible symbol instead (U+001B as ␛).
/// Data formats (JSON, SARIF) keep the exact text and never pass through here.
public enum TerminalText {
    /// Multi-line text: line feeds and tabs stay, every other control character is shown.
    public static func visible(_ text: String) -> String {
        show(text) { $0 == "\n" || $0 == "\t" }
    }

    /// A one-line field (a name, a reason): line breaks are shown too, so a value cannot
    /// forge a line of its own.
    public static func visibleLine(_ text: String) -> String {
        show(text) { $0 == "\t" }
    }

    static func show(_ text: String, keeping kept: (Unicode.Scalar) -> Bool) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && !kept($0) }) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar), !kept(scalar) else {
                shown.append(scalar)
                continue
            }
            shown.append(contentsOf: symbol(for: scalar).unicodeScalars)
        }
        return String(shown)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// C0 controls have their Control Pictures (U+2400 + code: ␀ … ␟), DEL has ␡; C1 controls
    /// (CSI is U+009B) have none and are spelled out.
    private static func symbol(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0..<0x20: String(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: "\u{2421}"
        default: "<U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))>"
        }
    }
}

private extension String {
    func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
