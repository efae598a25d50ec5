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
        RuleDescription(
            id: id, name: LocalizedText(en: name, zh: nameZh), summary: LocalizedText(en: summary, zh: summaryZh),
            help: LocalizedText(en: help, zh: helpZh), defaultLevel: .error
        )
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

    private var nameZh: String {
        switch self {
        case .codedHierarchy: "上级科目等于下级科目之和"
        case .totalRow: "合计行等于各类级科目之和"
        case .rowSum: "行合计等于各列之和"
        case .summaryTable: "总表收支平衡"
        case .crossTable: "表间勾稽关系"
        case .restatement: "文字说明与表格数字一致"
        case .percentage: "百分比可由所列数字复算"
        case .enumeration: "其中项不超过总数"
        case .direction: "增减用词与变动方向一致"
        case .suspectFigure: "一个数字导致多处勾稽关系不符"
        }
    }

    private var summaryZh: String {
        switch self {
        case .codedHierarchy: "各编码表的每一列中，类级科目等于其款级科目之和，款级科目等于其项级科目之和。"
        case .totalRow: "合计行（或人员经费合计 / 公用经费合计）等于各顶级编码行之和。"
        case .rowSum: "同一行中，合计列等于其所合计各列之和（表2、表3、表4、表5、表7、表8、表9）。"
        case .summaryTable: "表1和表4：本年合计等于各行之和，收支两方的总计均等于合计加结转结余，各项资金收支平衡。"
        case .crossTable: "表1与表2、表3一致，表4与表5、表8、表9一致，表6与表5、表7一致；全部为一般公共预算资金时表3与表5一致。"
        case .restatement: "情况说明中复述的表格数字等于表中数字。"
        case .percentage: "增长率、占比和完成率按所列数字、所列精度复算相符。"
        case .enumeration: "“其中”所列分项之和不超过总数，列举完整时等于总数。"
        case .direction: "增加/增长与减少/下降/节约等用词与所述变动的正负一致。"
        case .suspectFigure: "更正某一个数字即可修复其导致的全部勾稽关系不符。"
        }
    }

    private var helpZh: String {
        switch self {
        case .suspectFigure: "将该数字更正为给出的数值，所列勾稽关系即全部相符。"
        case .percentage: "按所列数字重新计算百分比，或更正据以计算的数字。"
        case .enumeration: "核对是否有分项录入错误，或总数是否遗漏了某些内容。"
        case .direction: "使说明与数字一致，或更正数字。"
        default: "查找录入有误的数字：检查结果给出了按每一方推算的数值。"
        }
    }
}
