import Foundation
import ReportModel

/// Layout text made the way docs/pdf-text.md says a committed PDF's text is made, from the word
/// boxes of poppler's own `pdftotext -bbox` (an independent tool, run by the test only): a
/// word starts at column round(x0 / w), w being the page's dominant half-character width;
/// words are grouped into a row by vertical overlap (never two that overlap sideways); pages
/// are separated by form feeds.
public enum BoxedWordsLayout {
    struct Word {
        let x0, y0, x1, y1: Double
        let text: String
        var width: Int { text.displayWidth }
    }

    public static func text(pdf: URL) throws -> String {
        let xhtml = try run(["pdftotext", "-bbox", pdf.path, "-"])
        return xhtml.components(separatedBy: "<page ").dropFirst().map { page in lines(words(page)).joined(separator: "\n") }
            .joined(separator: "\n\u{0C}") + "\n"
    }

    /// The standard output of a tool found on PATH.
    public static func run(_ arguments: [String]) throws -> String {
        try ExternalCommand.run(arguments, mergingErrors: false).output
    }

    private static let wordPattern = try! NSRegularExpression(
        pattern: #"<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>"#)

    static func words(_ page: String) -> [Word] {
        let range = NSRange(page.startIndex..., in: page)
        return wordPattern.matches(in: page, range: range).map { match in
            let field = { (index: Int) in String(page[Range(match.range(at: index), in: page)!]) }
            return Word(x0: Double(field(1))!, y0: Double(field(2))!, x1: Double(field(3))!, y1: Double(field(4))!, text: unescaped(field(5)))
        }
    }

    private static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func lines(_ words: [Word]) -> [String] {
        let pitches = words.filter { $0.width > 0 }.map { ($0.x1 - $0.x0) / Double($0.width) }.sorted()
        guard !pitches.isEmpty else { return [] }
        let pitch = pitches[pitches.count / 2]
        var rows: [(top: Double, bottom: Double, words: [Word])] = []
        for word in words.sorted(by: { $0.y0 + $0.y1 < $1.y0 + $1.y1 }) {
            if let last = rows.last {
                let overlap = min(last.bottom, word.y1) - max(last.top, word.y0)
                // Words of one row never overlap: one that would is a line of its own.
                let collides = last.words.contains { $0.x0 < word.x1 && word.x0 < $0.x1 }
                if overlap > 0.5 * min(last.bottom - last.top, word.y1 - word.y0), !collides {
                    rows[rows.count - 1] = (min(last.top, word.y0), max(last.bottom, word.y1), last.words + [word])
                    continue
                }
            }
            rows.append((word.y0, word.y1, [word]))
        }
        return rows.map { line($0.words, pitch: pitch) }
    }

    private static func line(_ words: [Word], pitch: Double) -> String {
        var text = ""
        var end = 0
        var previous: Word?
        for word in words.sorted(by: { $0.x0 < $1.x0 }) {
            var column = Int((word.x0 / pitch).rounded())
            if let previous {
                let wide = word.x0 - previous.x1 >= 1.5 * pitch
                column = wide ? max(column, end + 2) : end + 1
            }
            text += String(repeating: " ", count: max(0, column - end)) + word.text
            end = max(column, end) + word.width
            previous = word
        }
        return text
    }
}
