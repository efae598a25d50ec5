/// Rebuilds narrative paragraphs from hard-wrapped extracted lines.
///
/// The extraction wraps every ~30 characters and puts blank lines between wrapped lines, so
/// blank lines say nothing. What does: a line that ends a paragraph keeps a trailing blank
/// after its final punctuation, and a new paragraph opens with a heading or list marker.
/// Bare page numbers are dropped, so a paragraph runs on across a page break.
struct ParagraphAssembler {
    /// A paragraph under construction: its text and where each piece came from.
    struct Draft {
        var scalars: [Unicode.Scalar] = []
        var pieces: [Paragraph.Piece] = []
        var span: SourceSpan?

        var isEmpty: Bool { pieces.isEmpty }
        var text: String { String(scalars: scalars) }

        mutating func append(_ line: SourceLine) {
            guard let start = line.firstContentOffset else { return }
            let content = line.scalars[start..<line.contentEnd]
            if let last = scalars.last, let first = content.first, last.isASCIIAlphanumeric, first.isASCIIAlphanumeric {
                scalars.append(" ")
            }
            pieces.append(Paragraph.Piece(offset: scalars.count, line: line.number, column: start + 1))
            scalars.append(contentsOf: content)
            let lineSpan = SourceSpan(startLine: line.number, startColumn: start + 1, endLine: line.number, endColumn: line.contentEnd + 1)
            span = span.map { $0.union(lineSpan) } ?? lineSpan
        }
    }

    private static let closing = ScalarSet("。！？；：!?;:")
    private static let trailingQuotes = ScalarSet("”」』）)")

    /// Whether the paragraph is over after this line.
    static func ends(_ line: SourceLine) -> Bool {
        guard line.hasTrailingBlank else { return false }
        var end = line.contentEnd - 1
        while end > 0, trailingQuotes.contains(line.scalars[end]) { end -= 1 }
        if closing.contains(line.scalars[end]) { return true }
        return isHeadingLine(line)
    }

    /// Whether this line must open a new paragraph.
    static func opens(_ line: SourceLine) -> Bool {
        guard let start = line.firstContentOffset else { return false }
        return HeadingMarker.at(line.scalars[start...]) != nil
    }

    /// A short marked line without sentence punctuation: a heading on a line of its own.
    static func isHeadingLine(_ line: SourceLine) -> Bool {
        guard let start = line.firstContentOffset, HeadingMarker.at(line.scalars[start...]) != nil else { return false }
        let content = line.scalars[start..<line.contentEnd]
        return content.count <= 40 && !content.contains { "。，；".unicodeScalars.contains($0) }
    }
}
