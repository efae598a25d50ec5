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
        RuleDescription(id: id, name: name, summary: summary, help: help, defaultLevel: level)
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
}
