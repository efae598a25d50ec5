import ReportModel

/// Everything that differs between two parsed versions of a report. Formatting alone (number
/// separators, full-width digits, trailing zeros, line wrapping, blanks) is not a difference.
public struct ReportChanges: Codable, Hashable, Sendable {
    public var summary: DiffSummary
    public var tables: TableChanges
    public var paragraphs: [ParagraphChange]
    public var figures: [FigureChange]

    public init(old: Report, new: Report) {
        tables = TableChanges(old: old.tables, new: new.tables)
        let narrative = NarrativeChanges(old: old, new: new)
        paragraphs = narrative.paragraphs
        figures = narrative.figures
        summary = DiffSummary(tables: tables, paragraphs: paragraphs, figures: figures)
    }
}
