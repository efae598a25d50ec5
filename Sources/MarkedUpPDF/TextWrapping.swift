import Cairo
import TextEscaping

/// Text broken into lines no wider than a width in the context's current font: at the last
/// blank that fits, else (Chinese has none) at the last character that fits. Everything the
/// PDF writes passes here; report text is untrusted, so its control characters are shown as
/// symbols (ESC as ␛), as on a terminal, rather than handed to the font.
struct TextWrapping {
    let context: CairoContext

    func lines(_ text: String, width: Double) -> [String] {
        var lines: [String] = []
        var line: [Character] = []
        var lineWidth = 0.0
        var lastBlank: Int?
        for character in TerminalText.visibleLine(text) {
            let advance = context.advance(of: String(character))
            if lineWidth + advance > width, !line.isEmpty {
                let cut = lastBlank.map { $0 + 1 } ?? line.count
                lines.append(String(line[..<cut]).trimmingCharacters(in: .whitespaces))
                line = Array(line[cut...])
                lineWidth = context.advance(of: String(line))
                lastBlank = nil
            }
            if character == " " { lastBlank = line.count }
            line.append(character)
            lineWidth += advance
        }
        if !line.isEmpty { lines.append(String(line).trimmingCharacters(in: .whitespaces)) }
        return lines
    }
}
