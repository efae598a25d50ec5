import CheckerKit

/// The rules this checker reports under, one per family of identities in docs/report-format.md.
enum Rule: String, CaseIterable {
    case codedHierarchy = "coded-hierarchy"
    case totalRow = "total-row"
    case rowSum = "row-sum"
    case summaryTable = "summary-table"
    case crossTable = "cross-table"
    case restatement = "restatement"
    case percentage = "percentage"
    case enumeration = "enumeration"
    case direction = "direction"
    case suspectFigure = "suspect-figure"

    var id: String { "\(TotalReconciliation.id).\(rawValue)" }

    var description: RuleDescription {
        RuleDescription(id: id, name: name, summary: summary, help: help, defaultLevel: .error)
    }

    private var name: String {
        switch self {
        case .codedHierarchy: "Coded parent equals the sum of its children"
        case .totalRow: "合计 row equals the sum of the 类 rows"
        case .rowSum: "Row total equals the sum of its columns"
        case .summaryTable: "Summary tables balance"
        case .crossTable: "Tables agree with each other"
        case .restatement: "Narrative restates the tables"
        case .percentage: "Printed percentages recompute"
        case .enumeration: "其中 parts fit their whole"
        case .direction: "Direction words agree with the change"
        case .suspectFigure: "One figure breaks several identities"
        }
    }

    private var summary: String {
        switch self {
        case .codedHierarchy: "In every coded table and column, a 类 equals the sum of its 款 and a 款 the sum of its 项."
        case .totalRow: "The 合计 row (or 人员经费合计 / 公用经费合计) equals the sum of the top-level coded rows."
        case .rowSum: "Within a row, the total column equals the sum of the columns it totals (表2, 表3, 表4, 表5, 表7, 表8, 表9)."
        case .summaryTable: "表1 and 表4: 本年合计 equals its rows, 总计 equals 合计 plus carry-overs on both sides, each fund balances."
        case .crossTable: "表1 agrees with 表2 and 表3, 表4 with 表5, 表8 and 表9, 表6 with 表5 and 表7, and 表3 with 表5 when all money is 一般公共预算."
        case .restatement: "A figure the 情况说明 states about a table equals the table's figure."
        case .percentage: "Growth, share and completion percentages equal the ratio of the printed figures at the printed precision."
        case .enumeration: "The parts listed after 其中 never exceed the whole, and equal it when the list is complete."
        case .direction: "增加/增长 and 减少/下降/节约 agree with the sign of the change they describe."
        case .suspectFigure: "A single figure whose correction would repair every identity it breaks."
        }
    }

    private var help: String {
        switch self {
        case .suspectFigure: "Correct the named figure to the value given; every identity listed will then hold."
        case .percentage: "Recompute the percentage from the printed figures, or correct the figure it was computed from."
        case .enumeration: "Check whether a part is mistyped or the whole omits something."
        case .direction: "Make the explanation agree with the figures, or correct the figures."
        default: "Find which figure is mistyped: the message gives the value each side implies."
        }
    }
}
