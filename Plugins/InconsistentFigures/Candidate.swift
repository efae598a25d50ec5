import CheckerKit
import ReportModel

/// A narrative figure that may be compared with others: what it counts, in which unit, when,
/// and the exact values its printed digits allow, converted to the base unit.
struct Candidate {
    let figure: Figure
    /// What the figure counts, as printed before it (`NamingWords`).
    let words: String
    let key: PhraseKey
    let baseUnit: String
    let moment: Moment
    /// [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ] in the base unit: 1.3 亿元 is 12,500–13,500 万元.
    let interval: Interval

    /// Whether its words call the figure a running total, which can only grow.
    var isCumulative: Bool { words.contains("累计") }

    var line: Int { figure.span.startLine }

    /// The value as printed with its unit: "1.3 亿元", "123788 人".
    var printed: String { figure.unit.map { "\(figure.amount.printed) \($0)" } ?? figure.amount.printed }

    func agrees(with other: Candidate) -> Bool { interval.overlaps(other.interval) }
}
