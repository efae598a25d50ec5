import ReportModel

/// The figure a claim's subject names, looked up in last year's own tables.
struct PriorFigure {
    var amount: Amount
    /// Where in last year's report: "表3 / 合计 / 基本支出".
    var place: String

    /// Tries the subject, then its shorter endings ("本部门机关运行经费支出" → "机关运行经费支出"),
    /// so that words before the name do not hide it. Endings shorter than four characters are
    /// too generic ("支出") to name one figure.
    static func find(_ subject: String, in report: Report) -> PriorFigure? {
        let characters = Array(subject)
        for start in characters.indices where characters.count - start >= 4 {
            let name = String(characters[start...])
            if let figure = operatingCost(name, report) ?? summaryRow(name, report) ?? totalColumn(name, report) {
                return figure
            }
        }
        return nil
    }

    /// 机关运行经费 is 表6's 公用经费合计 (docs/report-format.md, "Narrative").
    private static func operatingCost(_ name: String, _ report: Report) -> PriorFigure? {
        guard name == "机关运行经费" || name == "机关运行经费支出", let table = report.table(.basicExpenditureDetail),
              let row = table.side(named: "公用经费")?.rows.first(where: { $0.label.hasSuffix("合计") }),
              let amount = row.value(0) else { return nil }
        return PriorFigure(amount: amount, place: "\(table.displayName) / \(row.label)")
    }

    /// A row of the income/expenditure summaries named like the subject, list number dropped:
    /// "一、一般公共预算财政拨款收入".
    private static func summaryRow(_ name: String, _ report: Report) -> PriorFigure? {
        for kind in [TableKind.incomeExpenditureSummary, .fiscalAppropriationSummary] {
            guard let table = report.table(kind) else { continue }
            for side in table.sides {
                if let row = side.rows.first(where: { unnumbered($0.label) == name }), let amount = row.value(0) {
                    return PriorFigure(amount: amount, place: "\(table.displayName) / \(row.label)")
                }
            }
        }
        return nil
    }

    /// A column of the expenditure table's 合计 row: "基本支出", "项目支出".
    private static func totalColumn(_ name: String, _ report: Report) -> PriorFigure? {
        guard let table = report.table(.expenditure), let side = table.sides.first, let column = side.columnIndex(name),
              let row = side.rows.first(where: { $0.label == "合计" }), let amount = row.value(column) else { return nil }
        return PriorFigure(amount: amount, place: "\(table.displayName) / 合计 / \(name)")
    }

    private static func unnumbered(_ label: String) -> String {
        guard let mark = label.firstIndex(of: "、") else { return label }
        let prefix = label[..<mark]
        return prefix.allSatisfy({ "一二三四五六七八九十".contains($0) }) ? String(label[label.index(after: mark)...]) : label
    }
}
