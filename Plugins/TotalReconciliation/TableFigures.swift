import ReportModel

/// The table figures the narrative talks about, found by what they mean rather than where
/// they are printed.
struct TableFigures {
    let report: Report

    /// A row of 表1's side ("收入"/"支出") whose name (ordinal removed) satisfies `matches`.
    func summary(_ side: String, where matches: (String) -> Bool) -> Term? {
        cell(.incomeExpenditureSummary, side: side, column: { _ in true }) { matches(Labels.name($0.label)) }
    }

    /// The 总计 of a summary table's 收入 side, which its 支出 side balances.
    func grandTotal(_ kind: TableKind) -> Term? {
        cell(kind, side: "收入", column: { _ in true }) { Labels.name($0.label) == "总计" }
    }

    /// The 合计 row of a coded table, in the column named `column`.
    func total(_ kind: TableKind, column: String) -> Term? {
        cell(kind, side: nil, column: { $0 == column }) { $0.code == nil && ["合计", "总计"].contains(Labels.normalised($0.label)) }
    }

    /// 表4 支出, row 本年支出合计 or 本年收入合计, in the column named `column`.
    func appropriation(_ side: String, row prefix: String, column: String? = nil) -> Term? {
        cell(.fiscalAppropriationSummary, side: side, column: { column == nil || $0 == column }) {
            let label = Labels.normalised($0.label)
            return label.hasPrefix(prefix) && label.hasSuffix("合计")
        }
    }

    /// 表7's one row, the column for `period` (预算数/决算数) ending in `item`.
    func threePublic(_ period: String, _ item: String) -> Term? {
        cell(.threePublicExpenses, side: nil, column: { $0.hasPrefix(period) && $0.hasSuffix(item) }) { _ in true }
    }

    /// 表6's 人员经费合计 or 公用经费合计.
    func basicDetailTotal(_ label: String) -> Term? {
        guard let view = TableView(report, .basicExpenditureDetail) else { return nil }
        for side in view.table.sides {
            if let row = view.row(side, where: { $0 == label }) { return view.term(side, row, 0, label: .custom("表6 \(label)")) }
        }
        return nil
    }

    private func cell(_ kind: TableKind, side name: String?, column: (String) -> Bool, row: (TableRow) -> Bool) -> Term? {
        guard let view = TableView(report, kind), let side = view.side(name),
              let index = view.column(side, where: column), let match = side.rows.first(where: row) else { return nil }
        let columnName = side.columns.count > 1 ? " \(side.columns[index])" : ""
        let rowName = TableView.rowName(match)
        return view.term(side, match, index, label: .custom("\(view.name) \(rowName)\(columnName)".replacingOccurrences(of: "  ", with: " ")))
    }
}
