import Foundation
import CheckerKit
import ReportModel

/// One identity of docs/report-format.md instantiated on this report's figures.
protocol Identity {
    var rule: Rule { get }
    /// The logical location of the identity as a whole: "表3 / 2010301 行政运行".
    var place: String { get }
    /// The figure a finding points at when no single culprit is known: the stated total, the
    /// narrative figure, the printed percentage.
    var primary: Term { get }
    /// Where the finding points: the primary figure, or the words that contradict it.
    var primarySpan: SourceSpan { get }
    var terms: [Term] { get }

    /// The verdict under `valuation`, or nil when the identity says nothing for these values
    /// (a percentage of zero).
    func evaluate(_ valuation: Valuation) -> Evaluation?

    /// The value `term` must take for the identity to hold exactly, where that can be solved.
    func solve(for term: Term, in valuation: Valuation) -> Decimal?
}

extension Identity {
    var primarySpan: SourceSpan { primary.span }
}

/// An identity's verdict, with the sentence that shows it: "本年支出合计 422.81 ≠ 基本支出 + … = 420.81".
struct Evaluation {
    var consistency: Consistency
    var evidence: Evidence?
    var statement: LocalizedText
}
