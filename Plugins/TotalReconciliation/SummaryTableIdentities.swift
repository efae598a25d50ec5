import ReportModel

/// 表1 and 表4, the two-sided summaries: 本年收入合计 and 本年支出合计 equal their numbered rows,
/// 总计 equals 合计 plus the carry-over rows on each side, the two 总计 agree, 表4's 年初结转 equals
/// its per-fund rows. Each fund's balance (年初 + 本年收入 = 本年支出 + 年末) is pack data.
enum SummaryTableIdentities {
    static let funds = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]

    static func identities(_ report: Report) -> [any Identity] {
        [TableKind.incomeExpenditureSummary, .fiscalAppropriationSummary].compactMap { TableView(report, $0) }.flatMap { view in
            sideIdentities(view) + balanceOfTotals(view) + carryOverBreakdown(view)
        }
    }

    /// Per side and column: 合计 = Σ numbered rows; 总计 = 合计 + carry-overs.
    private static func sideIdentities(_ view: TableView) -> [any Identity] {
        view.table.sides.flatMap { side -> [any Identity] in
            guard let total = view.row(side, where: { $0.hasPrefix("本年") && $0.hasSuffix("合计") }) else { return [] }
            // The numbered fund lines printed under 年初/年末结转和结余 break that line down, so
            // only those above the 合计 row add up to it.
            let numbered = side.rows.prefix { $0 != total }.filter { Labels.hasOrdinal($0.label) }
            let carryOvers = side.rows.filter { isCarryOver($0) }
            let grand = view.row(side) { $0 == "总计" }
            return side.columns.indices.flatMap { column -> [any Identity] in
                var found: [any Identity] = []
                if let sum = sum(view, side, total, numbered, column) { found.append(sum) }
                if let grand, let sum = sum(view, side, grand, [total] + carryOvers, column) { found.append(sum) }
                return found
            }
        }
    }

    /// Rows that carry money in or out of the year: 年初/年末结转和结余, 使用非财政拨款结余, 结余分配.
    private static func isCarryOver(_ row: TableRow) -> Bool {
        let label = Labels.normalised(row.label)
        return row.code == nil && !Labels.hasOrdinal(row.label) && (label.contains("结余") || label.contains("结转"))
    }

    private static func sum(_ view: TableView, _ side: TableSide, _ total: TableRow, _ rows: [TableRow], _ column: Int) -> SumIdentity? {
        guard !rows.isEmpty, let stated = view.term(side, total, column, label: .row) else { return nil }
        let parts = rows.compactMap { view.term(side, $0, column, label: .row) }
        guard parts.count == rows.count else { return nil }
        return SumIdentity(rule: .summaryTable, place: stated.id, stated: [stated], parts: parts)
    }

    /// 总计 of 收入 = 总计 of 支出 (first column: the all-funds total).
    private static func balanceOfTotals(_ view: TableView) -> [any Identity] {
        guard view.table.sides.count == 2,
              let income = grandTotal(view, view.table.sides[0]),
              let spending = grandTotal(view, view.table.sides[1]) else { return [] }
        return [SumIdentity(rule: .summaryTable, place: "\(view.name) / 总计", stated: [income], parts: [spending])]
    }

    private static func grandTotal(_ view: TableView, _ side: TableSide) -> Term? {
        guard let row = view.row(side, where: { $0 == "总计" }) else { return nil }
        return view.term(side, row, 0, label: .custom("\(side.name ?? "") 总计"))
    }

    /// 表4: 年初财政拨款结转和结余 = its per-fund rows printed under it.
    private static func carryOverBreakdown(_ view: TableView) -> [any Identity] {
        guard let side = view.table.sides.first,
              let opening = view.row(side, where: { $0.hasPrefix("年初") }) else { return [] }
        let perFund = funds.compactMap { fund in view.row(side) { $0 == fund } }
        guard !perFund.isEmpty, let sum = sum(view, side, opening, perFund, 0) else { return [] }
        return [sum]
    }
}
