import CheckerKit

/// The rules this checker reports under.
enum Rule: String, CaseIterable {
    case contradiction
    case cumulativeDecrease = "cumulative-decrease"
    case series

    var id: String { "\(InconsistentFigures.id).\(rawValue)" }

    var level: Level {
        switch self {
        case .contradiction, .cumulativeDecrease: .warning
        case .series: .note
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
        }
    }

    private var summary: String {
        switch self {
        case .contradiction: "The same quantity, at the same time or with no time stated, is printed with values that differ beyond rounding."
        case .cumulativeDecrease: "A 累计 count stated at two dates is lower at the later date."
        case .series: "The same quantity is stated at different dates or periods with different values: a series, shown for review."
        }
    }

    private var help: String {
        switch self {
        case .contradiction: "Find which copy is current and correct the others, or name what distinguishes them (date, scope)."
        case .cumulativeDecrease: "Check both dates and both values: a running total can only grow."
        case .series: "Nothing to do unless the dates are wrong; the values are listed in time order where the dates allow."
        }
    }
}
