import ReportModel
import RulePackModel

/// The table figures the narrative talks about, found by what they mean rather than where
/// they are printed.
struct TableFigures {
    let report: Report
    /// The pack naming the tables restatements refer to.
    let pack: RulePack?

    /// A restated cell, `{subject}` filled: the first row of its side (each side in turn when it
    /// names none) whose name matches one of its rows, in its column (the first when it names
    /// none).
    func cell(_ restated: RestatedCell, subject: String) -> Term? {
        guard let table = pack?.table(restated.table), let view = TableView(report, table) else { return nil }
        let fill = { (text: String) in text.replacingOccurrences(of: "{subject}", with: subject) }
        let rows = restated.rows.map(fill)
        let column = restated.column.map(fill)
        let sides = restated.side.map { view.side($0).map { [$0] } ?? [] } ?? view.table.sides
        for side in sides {
            let found = cell(view, side, column: { name in column.map { RowSelection.label(name, matches: $0) } ?? true }) { row in
                rows.contains { $0 == CellReference.onlyRow || RowSelection.label(Labels.name(row.label), matches: $0) }
            }
            if var found {
                if let label = restated.label { found.label = fill(label) }
                return found
            }
        }
        return nil
    }

    /// The 合计 row of a coded table, in the column named `column`.
    func total(_ kind: TableKind, column: String) -> Term? {
        cell(kind, side: nil, column: { $0 == column }) { $0.code == nil && ["合计", "总计"].contains(Labels.normalised($0.label)) }
    }

    /// 表7's one row, the column for `period` (预算数/决算数) ending in `item`.
    func threePublic(_ period: String, _ item: String) -> Term? {
        cell(.threePublicExpenses, side: nil, column: { $0.hasPrefix(period) && $0.hasSuffix(item) }) { _ in true }
    }

    private func cell(_ kind: TableKind, side name: String?, column: (String) -> Bool, row: (TableRow) -> Bool) -> Term? {
        guard let view = TableView(report, kind), let side = view.side(name) else { return nil }
        return cell(view, side, column: column, row: row)
    }

    private func cell(_ view: TableView, _ side: TableSide, column: (String) -> Bool, row: (TableRow) -> Bool) -> Term? {
        guard let index = view.column(side, where: column), let match = side.rows.first(where: row) else { return nil }
        let columnName = side.columns.count > 1 ? " \(side.columns[index])" : ""
        let rowName = TableView.rowName(match)
        return view.term(side, match, index, label: .custom("\(view.name) \(rowName)\(columnName)".replacingOccurrences(of: "  ", with: " ")))
    }
}
