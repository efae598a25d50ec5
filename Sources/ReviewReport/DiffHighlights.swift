import Localization
import ReportDiff

/// What changed in the report itself since the baseline: the diff's summary line and its
/// largest changes in table cells and narrative figures.
public struct DiffHighlights: Sendable {
    public static let limit = 15

    public var summary: String
    public var summaryZh: String
    /// "表3 / 合计 / 基本支出: 1,270.43 → 1,277.36 (+6.93, +0.55%)", largest change first.
    public var cells: [String]
    public var figures: [String]

    public init(_ changes: ReportChanges) {
        summary = changes.summary.line
        summaryZh = changes.summary.line(in: .zh)
        cells = changes.tables.cells
            .sorted { abs($0.change.difference ?? 0) > abs($1.change.difference ?? 0) }
            .prefix(Self.limit)
            .map { cell in
                let place = [cell.table, cell.side, cell.row, cell.column].compactMap { $0 }.joined(separator: " / ")
                return "\(place): \(cell.old?.printed ?? "—") → \(cell.new?.printed ?? "—") (\(cell.change.description))"
            }
        figures = changes.figures.prefix(Self.limit).map { figure in
            "\(figure.phrase): \(figure.old.printed) → \(figure.new.printed)\(figure.unit.map { " \($0)" } ?? "") (\(figure.change.description))"
        }
    }

    public func summary(in language: Language) -> String {
        language == .zh ? summaryZh : summary
    }
}
