import CheckerKit

/// The rules this checker reports under.
enum Rule: String, CaseIterable {
    case contradiction
    case cumulativeDecrease = "cumulative-decrease"
    case series
    case countContradiction = "count-contradiction"
    case growthFromZero = "growth-from-zero"
    case partExceedsWhole = "part-exceeds-whole"
    case rateContradiction = "rate-contradiction"
    case exhaustiveShortfall = "exhaustive-shortfall"
    case listedZeroItem = "listed-zero-item"
    case complementaryRates = "complementary-rates"
    case sharesOverWhole = "shares-over-whole"
    case listOmitsItem = "list-omits-item"
    case tableRowOverTotal = "table-row-over-total"

    var id: String { "\(InconsistentFigures.id).\(rawValue)" }

    var level: Level {
        switch self {
        case .contradiction, .cumulativeDecrease, .countContradiction, .growthFromZero, .partExceedsWhole, .rateContradiction, .exhaustiveShortfall, .complementaryRates, .sharesOverWhole, .tableRowOverTotal: .warning
        case .series, .listedZeroItem, .listOmitsItem: .note
        }
    }

    var description: RuleDescription {
        RuleDescription(
            id: id, name: LocalizedText(en: name, zh: nameZh), summary: LocalizedText(en: summary, zh: summaryZh),
            help: LocalizedText(en: help, zh: helpZh), defaultLevel: level
        )
    }

    private var name: String {
        switch self {
        case .contradiction: "One quantity, two values"
        case .cumulativeDecrease: "A cumulative count falls over time"
        case .series: "One quantity at different times"
        case .countContradiction: "One count, two wordings"
        case .growthFromZero: "Growth from nothing"
        case .partExceedsWhole: "More approved than applied"
        case .rateContradiction: "One rate, two values"
        case .exhaustiveShortfall: "A complete list that does not add up"
        case .listedZeroItem: "A list names an item the table shows as zero"
        case .complementaryRates: "Complementary rates that do not add to 100%"
        case .sharesOverWhole: "Shares of one whole that add to more than 100%"
        case .listOmitsItem: "A list of the table's items leaves out one with money"
        case .tableRowOverTotal: "A narrative table's row above the total the text states"
        }
    }

    private var summary: String {
        switch self {
        case .contradiction: "The same quantity, at the same time or with no time stated, is printed with values that differ beyond rounding."
        case .cumulativeDecrease: "A 累计 count stated at two dates is lower at the later date."
        case .series: "The same quantity is stated at different dates or periods with different values: a series, shown for review."
        case .countContradiction: "Two sentences count the same noun (after the measure word) of the same subject, at the same time and scope, with different values."
        case .growthFromZero: "A growth percentage is printed for a figure whose base, last year's figure, is zero."
        case .partExceedsWhole: "A count of the approved (成功, 通过, 获批) exceeds the count of the applied (申请) it is drawn from, in total or in a part with the same label."
        case .rateContradiction: "The same named rate (…率, …占比) of the same subject is printed twice with different values, neither dated differently nor a target."
        case .exhaustiveShortfall: "The parts of a list that names everything (分别为, 包括…和…, a 其中 list ending in 其他) add up to less or more than their whole."
        case .listedZeroItem: "A 主要包括 / 主要用于 list names an expense item (a 经济分类 款) that the basic-expenditure table prints as 0.00 or blank."
        case .complementaryRates: "A rate and its complement in one paragraph (合格率 and 不合格率, 完成率 and 未完成率) add to more or less than 100% beyond rounding."
        case .listOmitsItem: "A 主要包括 / 主要用于 list whose every item is a row label of the basic-expenditure table leaves out a row of the same 经济分类 类 that is not zero."
        case .tableRowOverTotal: "A cell of a table printed in the narrative exceeds the 累计 / 共 / 合计 total, in the column's unit, that the text just before the table states for it."
        case .sharesOverWhole: "The 占 p% shares of the parts of one whole, in one sentence, add to more than 100% even with each share at the bottom of its rounding."
        }
    }

    private var help: String {
        switch self {
        case .contradiction: "Find which copy is current and correct the others, or name what distinguishes them (date, scope)."
        case .cumulativeDecrease: "Check both dates and both values: a running total can only grow."
        case .series: "Nothing to do unless the dates are wrong; the values are listed in time order where the dates allow."
        case .countContradiction: "Find which count is right and correct the other, or say what distinguishes them (date, target, scope)."
        case .growthFromZero: "Growth from zero has no percentage: state the increase in 万元 and say that there was none before (e.g. a unit founded this year)."
        case .partExceedsWhole: "Check both breakdowns: the approved are a subset of the applied, so each part must be at most the applied part."
        case .rateContradiction: "Find which value is current and correct the other, or say what distinguishes them (date, population, target)."
        case .exhaustiveShortfall: "Find the mistyped part or the missing item, or mark the list as partial (主要包括, 等)."
        case .listedZeroItem: "Drop the item from the list, or check the table row if money was spent on it."
        case .complementaryRates: "One of the two rates is wrong, or they are of different populations: say which."
        case .listOmitsItem: "Add the item to the list, or mark the list as partial (等) if it names only the main items."
        case .tableRowOverTotal: "A row is one part of the total: correct the row or the total, or say what else the total counts."
        case .sharesOverWhole: "Recompute each share from its part and the whole; one is mistyped, or a part is counted twice."
        }
    }

    private var nameZh: String {
        switch self {
        case .contradiction: "同一数量前后数值不一"
        case .cumulativeDecrease: "累计数随时间减少"
        case .series: "同一数量的不同时点数值"
        case .countContradiction: "同一数量两种表述不一"
        case .growthFromZero: "基数为零却列增长率"
        case .partExceedsWhole: "批准数多于申请数"
        case .rateContradiction: "同一比率前后数值不一"
        case .exhaustiveShortfall: "完整列举的分项与总数不符"
        case .listedZeroItem: "列举事项在表中为零"
        case .complementaryRates: "互补比率之和不等于 100%"
        case .sharesOverWhole: "各部分占比之和超过 100%"
        case .listOmitsItem: "列举遗漏表中有金额的事项"
        case .tableRowOverTotal: "文中表格某行超过文字所述总数"
        }
    }

    private var summaryZh: String {
        switch self {
        case .contradiction: "同一数量在同一时点（或未注明时点）出现两个数值，差异超出四舍五入误差。"
        case .cumulativeDecrease: "同一累计数在两个时点列示，较晚时点的数值反而较小。"
        case .series: "同一数量在不同日期或期间列示了不同数值，属于时间序列，列出供复核。"
        case .countContradiction: "两句话对同一对象的同一计数（量词后的名词相同、时点与口径相同）给出不同数值。"
        case .growthFromZero: "上年数为零，却列示了增长百分比。"
        case .partExceedsWhole: "获批（成功、通过、获批）数量多于其所属的申请数量，合计或同名分项均可能出现。"
        case .rateContradiction: "同一对象的同一比率（…率、…占比）出现两个不同数值，既非不同时点，也非目标值。"
        case .exhaustiveShortfall: "完整列举（分别为、包括…和…、以“其他”结尾的其中列举）的各分项之和多于或少于总数。"
        case .listedZeroItem: "“主要包括 / 主要用于”列举的支出事项（经济分类款级科目）在基本支出表中为 0.00 或空白。"
        case .complementaryRates: "同一段落中一个比率与其互补比率（合格率与不合格率、完成率与未完成率）之和偏离 100%，超出四舍五入误差。"
        case .listOmitsItem: "“主要包括 / 主要用于”列举的事项均为基本支出表的行名，却遗漏了同一经济分类类级下金额不为零的一行。"
        case .tableRowOverTotal: "文中所列表格的某一单元格，按该列单位计，超过表格前文字所述的累计 / 共 / 合计总数。"
        case .sharesOverWhole: "同一句中同一总体各部分的“占 p%”之和，即使每个比例取四舍五入下限，仍超过 100%。"
        }
    }

    private var helpZh: String {
        switch self {
        case .contradiction: "确认哪一处为准并更正其他各处，或注明二者的区别（时点、口径）。"
        case .cumulativeDecrease: "核对两个日期和两个数值：累计数只增不减。"
        case .series: "日期无误则无需处理；能按日期排序的，数值按时间先后列出。"
        case .countContradiction: "确认哪个计数正确并更正另一处，或说明二者的区别（时点、对象、口径）。"
        case .growthFromZero: "基数为零无法计算增长率：应列示增加的金额（万元），并说明上年没有该项（如本年新设单位）。"
        case .partExceedsWhole: "核对两组分项：获批数是申请数的一部分，每一分项都不应超过对应的申请数。"
        case .rateContradiction: "确认哪一数值为准并更正另一处，或说明二者的区别（时点、对象、目标）。"
        case .exhaustiveShortfall: "查找录入有误的分项或遗漏的事项，或将列举改为不完整的表述（主要包括、等）。"
        case .listedZeroItem: "从列举中删去该事项；如确有支出，请核对表中该行。"
        case .complementaryRates: "两个比率中有一个有误，或二者针对的总体不同：请予说明。"
        case .listOmitsItem: "将该事项补入列举；如只列主要事项，请加“等”字表明列举不完整。"
        case .tableRowOverTotal: "每一行都是总数的一部分：请更正该行或总数，或说明总数还包括哪些内容。"
        case .sharesOverWhole: "按各部分与总体重新计算占比：其中有录入错误，或有部分被重复计算。"
        }
    }
}
