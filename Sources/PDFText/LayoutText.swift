import ReportModel

/// Text laid out as the page shows it, in the manner of `pdftotext -layout`
/// (docs/pdf-text.md): one line per row, a word at display column round(x0 / w) with w
/// half the page's body font size, words a CJK character or more apart at least two spaces
/// apart, and a form feed opening the first line of every page after the first.
public struct LayoutText: Equatable, Sendable {
    public let text: String
    /// Every word with the line and column it was written at, in the order of the text.
    public let words: [PlacedWord]
    public let pageCount: Int

    static let wideGapInBodyCharacters = 0.8
    static let formFeed = "\u{0C}"

    /// `pages[i]` holds the words of page i + 1, in any order.
    public init(pages: [[PDFWord]]) {
        var lines: [String] = []
        var placed: [PlacedWord] = []
        for (index, words) in pages.enumerated() {
            let opening = index == 0 ? "" : Self.formFeed
            let rows = ReadingOrder.rows(words)
            if rows.isEmpty, !opening.isEmpty { lines.append(opening) }
            let body = Self.bodyFontSize(words)
            for (rowIndex, row) in rows.enumerated() {
                let (line, columns) = Self.line(row, bodyFontSize: body)
                lines.append((rowIndex == 0 ? opening : "") + line)
                for (word, column) in zip(row, columns) {
                    placed.append(PlacedWord(word: word, line: lines.count, column: column))
                }
            }
        }
        text = lines.map { $0 + "\n" }.joined()
        self.words = placed
        pageCount = pages.count
    }

    private static func line(_ row: [PDFWord], bodyFontSize: Double) -> (String, [Int]) {
        let columnWidth = bodyFontSize / 2
        var line = ""
        var columns: [Int] = []
        var end = 0
        var previous: PDFWord?
        for word in row {
            var column = max(0, Int((word.box.x0 / columnWidth).rounded()))
            if let previous {
                let wide = word.box.x0 - previous.box.x1 >= bodyFontSize * wideGapInBodyCharacters
                column = max(column, end + (wide ? 2 : 1))
            }
            line += String(repeating: " ", count: column - end) + word.text
            columns.append(column)
            end = column + word.text.displayWidth
            previous = word
        }
        return (line, columns)
    }

    /// The font size most characters of the page are set in (to half a point), else the
    /// typical word height, else 10 pt for a page without words.
    static func bodyFontSize(_ words: [PDFWord]) -> Double {
        var characters: [Double: Int] = [:]
        for word in words where word.fontSize > 0 {
            characters[(word.fontSize * 2).rounded() / 2, default: 0] += word.text.unicodeScalars.count
        }
        if let dominant = characters.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) { return dominant.key }
        let heights = words.map(\.box.height).filter { $0 > 0 }.sorted()
        return heights.isEmpty ? 10 : heights[heights.count / 2]
    }
}
