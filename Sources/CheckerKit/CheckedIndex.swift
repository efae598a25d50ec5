import ReportModel

extension Collection {
    /// The element at `index`, or nil outside the collection. Indices a checker reads from the
    /// parsed report (a figure's paragraph, a cell's column) are data, so they are looked up
    /// through this rather than trusted: a trap would lose every finding of the checker.
    public subscript(checked index: Index) -> Element? {
        index >= startIndex && index < endIndex ? self[index] : nil
    }
}

extension Report {
    /// The text of the paragraph a figure was read from, and its scalars, or nil when the
    /// figure's position does not lie inside that paragraph.
    public func text(around figure: Figure) -> (text: String, scalars: [Unicode.Scalar])? {
        guard let paragraph = paragraphs[checked: figure.paragraph] else { return nil }
        let scalars = Array(paragraph.text.unicodeScalars)
        return figure.range.lowerBound >= 0 && figure.range.upperBound <= scalars.count ? (paragraph.text, scalars) : nil
    }
}
