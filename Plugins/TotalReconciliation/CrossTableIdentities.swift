import ReportModel

/// Figures that two tables both print must agree (docs/report-format.md, "Across tables").
struct CrossTableIdentities {
    let report: Report

    static func identities(_ report: Report) -> [any Identity] {
        let cross = CrossTableIdentities(report: report)
        return cross.summaryAgainstDetail() + cross.incomeSources() + cross.appropriationAgainstDetail()
            + cross.fundTables() + cross.basicDetailAgainstGeneralBudget() + cross.expenditureAgainstGeneralBudget()
    }

    // MARK: 表1 against 表2 and 表3

    /// 表1 本年收入合计 = 表2 合计; 本年支出合计 = 表3 合计, and per 类.
    func summaryAgainstDetail() -> [any Identity] {
        guard let summary = TableView(report, .incomeExpenditureSummary) else { return [] }
        var found: [any Identity] = []
        if let income = TableView(report, .income) {
            found += equal(rowTotal(summary, side: "收入", prefix: "本年收入"), detailTotal(income, column: 0))
        }
        if let spending = TableView(report, .expenditure) {
            found += equal(rowTotal(summary, side: "支出", prefix: "本年支出"), detailTotal(spending, column: 0))
            found += perCategory(summary, side: "支出", column: 0, against: spending, detailColumn: 0)
        }
        return found
    }

    /// 表1's income rows against 表2's source columns; 表2 财政拨款收入 = 表1's three appropriation rows.
    func incomeSources() -> [any Identity] {
        guard let summary = TableView(report, .incomeExpenditureSummary), let side = summary.side("收入"),
              let income = TableView(report, .income), let detail = income.side(), let total = income.totalRow(detail) else { return [] }
        return detail.columns.indices.dropFirst().compactMap { column -> (any Identity)? in
            let name = detail.columns[column]
            guard let stated = income.term(detail, total, column, label: .custom("表2 \(name)")) else { return nil }
            let rows = side.rows.filter { row in
                guard let label = Labels.withoutOrdinal(row.label) else { return false }
                return name == "财政拨款收入" ? label.hasSuffix("财政拨款收入") : label == name
            }
            let parts = rows.compactMap { summary.term(side, $0, 0, label: .custom("表1 \(Labels.name($0.label))")) }
            guard !parts.isEmpty, parts.count == rows.count else { return nil }
            return SumIdentity(rule: .crossTable, place: "\(stated.id) ↔ 表1", stated: [stated], parts: parts)
        }
    }

    // MARK: 表4 against 表1, 表5, 表8, 表9

    /// 表4's appropriation income rows = 表1's; 表4 一般公共预算 column = 表5, in total and per 类.
    func appropriationAgainstDetail() -> [any Identity] {
        guard let appropriation = TableView(report, .fiscalAppropriationSummary) else { return [] }
        var found: [any Identity] = []
        if let summary = TableView(report, .incomeExpenditureSummary), let side = appropriation.side("收入"), let other = summary.side("收入") {
            for row in side.rows {
                guard let name = Labels.withoutOrdinal(row.label),
                      let match = other.rows.first(where: { Labels.withoutOrdinal($0.label) == name + "收入" }) else { continue }
                found += equal(appropriation.term(side, row, 0, label: .custom("表4 \(name)")), summary.term(other, match, 0, label: .custom("表1 \(name)收入")))
            }
        }
        if let general = TableView(report, .generalBudgetExpenditure), let side = appropriation.side("支出"),
           let column = appropriation.column(side, where: { $0 == SummaryTableIdentities.funds[0] }) {
            found += equal(rowTotal(appropriation, side: "支出", prefix: "本年支出", column: column), detailTotal(general, column: 0))
            found += perCategory(appropriation, side: "支出", column: column, against: general, detailColumn: 0)
        }
        return found
    }

    /// 表4's 政府性基金 and 国有资本经营 columns = 表8 and 表9 本年支出.
    func fundTables() -> [any Identity] {
        guard let appropriation = TableView(report, .fiscalAppropriationSummary), let side = appropriation.side("支出") else { return [] }
        let pairs: [(String, TableKind)] = [(SummaryTableIdentities.funds[1], .governmentFund), (SummaryTableIdentities.funds[2], .stateCapital)]
        return pairs.flatMap { fund, kind -> [any Identity] in
            guard let fundTable = TableView(report, kind), let detail = fundTable.side(),
                  let column = appropriation.column(side, where: { $0 == fund }),
                  let spentColumn = fundTable.column(detail, where: { $0.hasPrefix("本年支出") || $0 == "小计" }) else { return [] }
            return equal(rowTotal(appropriation, side: "支出", prefix: "本年支出", column: column), detailTotal(fundTable, column: spentColumn))
        }
    }

    // MARK: 表6 and 表3 against 表5

    /// 表6 人员经费合计 + 公用经费合计 = 表5 合计 基本支出.
    func basicDetailAgainstGeneralBudget() -> [any Identity] {
        guard let detail = TableView(report, .basicExpenditureDetail), let general = TableView(report, .generalBudgetExpenditure),
              let side = general.side(), let basic = general.column(side, where: { $0 == "基本支出" }),
              let stated = detailTotal(general, column: basic) else { return [] }
        let parts = detail.table.sides.compactMap { side -> Term? in
            guard let row = detail.row(side, where: { $0.hasSuffix("合计") }) else { return nil }
            return detail.term(side, row, 0, label: .custom("表6 \(Labels.normalised(row.label))"))
        }
        guard parts.count == 2 else { return [] }
        return [SumIdentity(rule: .crossTable, place: "\(stated.id) ↔ 表6", stated: [stated], parts: parts)]
    }

    /// 表3 = 表5 row by row when all the year's spending is 一般公共预算 (表1 本年支出合计 = 表5 合计).
    func expenditureAgainstGeneralBudget() -> [any Identity] {
        guard let spending = TableView(report, .expenditure), let general = TableView(report, .generalBudgetExpenditure),
              let left = spending.side(), let right = general.side(),
              let spendingTotal = detailTotal(spending, column: 0), let generalTotal = detailTotal(general, column: 0),
              spendingTotal.amount.value == generalTotal.amount.value else { return [] }
        let rows = right.rows.filter { $0.code != nil || Labels.normalised($0.label) == "合计" }
        return right.columns.indices.flatMap { column -> [any Identity] in
            guard let leftColumn = spending.column(left, where: { $0 == right.columns[column] }) else { return [] }
            return rows.flatMap { row -> [any Identity] in
                guard let match = left.rows.first(where: { $0.code == row.code && Labels.normalised($0.label) == Labels.normalised(row.label) }) else { return [] }
                return equal(spending.term(left, match, leftColumn, label: .custom("表3")), general.term(right, row, column, label: .custom("表5")))
            }
        }
    }

    // MARK: Helpers

    private func equal(_ stated: Term?, _ other: Term?) -> [any Identity] {
        guard let stated, let other else { return [] }
        return [SumIdentity(rule: .crossTable, place: "\(stated.id) ↔ \(other.id.components(separatedBy: " / ")[0])", stated: [stated], parts: [other])]
    }

    /// The 本年…合计 row of a summary table's side.
    private func rowTotal(_ view: TableView, side name: String, prefix: String, column: Int = 0) -> Term? {
        guard let side = view.side(name), let row = view.row(side, where: { $0.hasPrefix(prefix) && $0.hasSuffix("合计") }) else { return nil }
        return view.term(side, row, column, label: .custom("\(view.name) \(Labels.normalised(row.label))"))
    }

    /// The 合计 row of a coded table.
    private func detailTotal(_ view: TableView, column: Int) -> Term? {
        guard let side = view.side(), let row = view.totalRow(side) else { return nil }
        return view.term(side, row, column, label: .custom("\(view.name) 合计"))
    }

    /// A summary table's 类 rows (一、一般公共服务支出) against a coded table's 3-digit rows, by name.
    private func perCategory(_ summary: TableView, side name: String, column: Int, against detail: TableView, detailColumn: Int) -> [any Identity] {
        guard let side = summary.side(name), let detailSide = detail.side() else { return [] }
        return detailSide.rows.filter { $0.code?.count == 3 }.flatMap { row -> [any Identity] in
            let label = Labels.normalised(row.label)
            guard let match = side.rows.first(where: { Labels.withoutOrdinal($0.label) == label }) else { return [] }
            return equal(summary.term(side, match, column, label: .custom("\(summary.name) \(label)")), detail.term(detailSide, row, detailColumn, label: .custom("\(detail.name) \(row.code ?? "")")))
        }
    }
}
