/// A paragraph of narrative: wrapped lines joined, page-break artefacts removed.
public struct Paragraph: Codable, Hashable, Sendable {
    /// Position in `Report.paragraphs`.
    public var index: Int
    public var text: String
    /// Innermost enclosing section (index into `Report.sections`), if any.
    public var section: Int?
    public var span: SourceSpan
    /// Where each piece of `text` came from, in order; maps text offsets back to the source.
    public var pieces: [Piece]

    public init(index: Int, text: String, section: Int?, span: SourceSpan, pieces: [Piece]) {
        self.index = index
        self.text = text
        self.section = section
        self.span = span
        self.pieces = pieces
    }

    /// A run of `text`, starting at Unicode-scalar `offset`, copied from `line` at `column`.
    public struct Piece: Codable, Hashable, Sendable {
        public var offset: Int
        public var line: Int
        public var column: Int

        public init(offset: Int, line: Int, column: Int) {
            self.offset = offset
            self.line = line
            self.column = column
        }
    }

    /// The source position of the scalar at `offset` in `text`.
    public func position(ofScalarOffset offset: Int) -> (line: Int, column: Int) {
        let count = pieces.partitionPoint { $0.offset <= offset }
        guard count > 0 else { return (span.startLine, span.startColumn) }
        let piece = pieces[count - 1]
        return (piece.line, piece.column + offset - piece.offset)
    }

    /// The source span of the scalars `range` of `text`.
    public func span(ofScalarRange range: Range<Int>) -> SourceSpan {
        let start = position(ofScalarOffset: range.lowerBound)
        let last = position(ofScalarOffset: max(range.lowerBound, range.upperBound - 1))
        return SourceSpan(startLine: start.line, startColumn: start.column, endLine: last.line, endColumn: last.column + 1)
    }
}
