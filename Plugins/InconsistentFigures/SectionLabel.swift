import ReportModel

extension Report {
    /// "（14）一体化监管平台": the innermost heading above a paragraph, as findings name places.
    func sectionLabel(of paragraph: Paragraph) -> String? {
        sectionPath(of: paragraph).last.map { "\($0.marker)\($0.title)" }
    }

    func sectionLabel(of figure: Figure) -> String? {
        sectionLabel(of: paragraphs[figure.paragraph])
    }
}
