import PDF
import PDFText
import ReportModel

/// The boxes on the page of a span of the stored text: on each line it covers, the words
/// between its columns joined into one box. A span's columns count Unicode scalars from 1;
/// a placed word's count display columns from 0, so each line's prefix is measured.
public struct SpanBoxes {
    private let wordsByLine: [Int: [PlacedWord]]
    private let lines: [Substring]

    /// `words` are the revision's placed words, `text` its stored text, which they were laid out as.
    public init(words: [PlacedWord], text: String) {
        wordsByLine = Dictionary(grouping: words, by: \.line)
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// One box per line of `span` that has words within it, with its page (from 1).
    public func boxes(of span: SourceSpan) -> [(page: Int, box: PDFBox)] {
        guard span.startLine <= span.endLine else { return [] }
        return (span.startLine...span.endLine).compactMap { number in
            let start = number == span.startLine ? displayColumn(span.startColumn, onLine: number) : 0
            let end = number == span.endLine ? displayColumn(span.endColumn, onLine: number) : Int.max
            let covered = (wordsByLine[number] ?? []).filter { placed in
                placed.column < end && placed.column + placed.word.text.displayWidth > start
            }
            guard let first = covered.first else { return nil }
            let box = covered.dropFirst().reduce(first.word.box) { $0.union($1.word.box) }
            return (first.word.page, box)
        }
    }

    /// The display column of the scalar at 1-based `column` of the line.
    private func displayColumn(_ column: Int, onLine number: Int) -> Int {
        guard number >= 1, number <= lines.count else { return 0 }
        return lines[number - 1].unicodeScalars.prefix(max(0, column - 1)).reduce(0) { $0 + $1.displayWidth }
    }
}
