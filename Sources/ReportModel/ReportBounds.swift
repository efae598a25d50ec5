/// Upper bounds of what `ReportParser.parse` finds in a text, counted in one pass over it
/// without parsing: `audit commit` learns from them that a report is certainly within its work
/// budget and leaves the parse to the detached recorder (issue 19). Each bound follows from how
/// the parser builds the model, so the parse can only find fewer.
public struct ReportBounds: Equatable, Sendable {
    /// Lines with content: every paragraph is assembled from at least one
    /// (`ParagraphAssembler.Draft` skips blank lines, and no line joins two drafts).
    public let paragraphs: Int
    /// Digits that may open a figure: every figure starts at a digit not glued to a name or to a
    /// decimal point (`FigureScanner`), and paragraphs are pieces of the text's lines.
    public let figures: Int

    public init(of text: String) {
        var paragraphs = 0
        var figures = 0
        var lineHasContent = false
        var previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if lineHasContent { paragraphs += 1 }
                lineHasContent = false
            } else if !scalar.isBlank, scalar != "\r" {
                lineHasContent = true
            }
            if scalar.isDigit, !FigureScanner.gluesToName(previous) { figures += 1 }
            previous = scalar
        }
        if lineHasContent { paragraphs += 1 }
        self.paragraphs = paragraphs
        self.figures = figures
    }
}
