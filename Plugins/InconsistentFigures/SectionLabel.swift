import ReportModel

extension Report {
    /// "（14）一体化监管平台": the innermost heading above a figure, as findings name places.
    func sectionLabel(of figure: Figure) -> String? {
        sectionPath(of: paragraphs[figure.paragraph]).last.map { "\($0.marker)\($0.title)" }
    }
}
