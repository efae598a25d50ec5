import PDF
import PDFText
import ReportModel

/// The boxes on the page of a span of the stored text: on each line it covers, the words
/// between its columns joined into one box. A span's columns count Unicode scalars from 1;
/// a placed word's count display columns from 0, so each line's prefix is measured. A word
/// is characters set with no space between, so a line of Chinese prose is one word: a span
/// inside a word takes its share of the word's width by display columns (a CJK character two,
/// a digit one, about as wide as they are set).
public struct SpanBoxes {
    private let wordsByLine: [Int: [PlacedWord]]
    private let lines: [Substring]
    private let tableLines: [ClosedRange<Int>]

    /// `words` are the revision's placed words, `text` its stored text, which they were laid
    /// out as; `tableLines` the line ranges of its tables (`Table.span`), where a span of
    /// several lines is a block of columns (a row's code above its label) rather than a
    /// passage flowing from line to line, which would take in the other columns' cells.
    public init(words: [PlacedWord], text: String, tableLines: [ClosedRange<Int>] = []) {
        wordsByLine = Dictionary(grouping: words, by: \.line)
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        self.tableLines = tableLines
    }

    /// One box per line of `span` that has words within it, with its page (from 1).
    public func boxes(of span: SourceSpan) -> [(page: Int, box: PDFBox)] {
        guard span.startLine <= span.endLine else { return [] }
        let opening = displayColumn(span.startColumn, onLine: span.startLine)
        let closing = displayColumn(span.endColumn, onLine: span.endLine)
        let isBlock = opening < closing && tableLines.contains { $0.contains(span.startLine) && $0.contains(span.endLine) }
        return (span.startLine...span.endLine).compactMap { number in
            let start = number == span.startLine || isBlock ? opening : 0
            let end = number == span.endLine || isBlock ? closing : Int.max
            let covered = (wordsByLine[number] ?? []).filter { placed in
                placed.column < end && placed.column + placed.word.text.displayWidth > start
            }
            let parts = covered.map { Self.part(of: $0, from: start, to: end) }
            guard let page = covered.first?.word.page, let firstPart = parts.first else { return nil }
            return (page, parts.dropFirst().reduce(firstPart) { $0.union($1) })
        }
    }

    /// The part of the word's box between display columns `start` and `end`.
    private static func part(of placed: PlacedWord, from start: Int, to end: Int) -> PDFBox {
        let box = placed.word.box
        let width = placed.word.text.displayWidth
        guard width > 0 else { return box }
        let first = max(0, start - placed.column), last = min(width, end - placed.column)
        let perColumn = box.width / Double(width)
        return PDFBox(x0: box.x0 + Double(first) * perColumn, y0: box.y0, x1: box.x0 + Double(last) * perColumn, y1: box.y1)
    }

    /// The display column of the scalar at 1-based `column` of the line.
    private func displayColumn(_ column: Int, onLine number: Int) -> Int {
        guard number >= 1, number <= lines.count else { return 0 }
        return lines[number - 1].unicodeScalars.prefix(max(0, column - 1)).reduce(0) { $0 + $1.displayWidth }
    }
}
