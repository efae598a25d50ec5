import Foundation
import CheckerKit
import ReportModel

/// A printed percentage and the ratio it claims: growth Δ ÷ (current − Δ), share part ÷
/// whole, completion executed ÷ budget. Compared by interval division at the printed precision.
struct RatioIdentity: Identity {
    enum Kind: String {
        case growth, share, completion

        /// 增长率 / 占比 / 完成率: the word a Chinese reviewer reads before the formula.
        var chinese: String {
            switch self {
            case .growth: "增长率"
            case .share: "占比"
            case .completion: "完成率"
            }
        }
    }

    var kind: Kind
    var place: String
    var percentage: Term
    var numerator: SignedSum
    var denominator: SignedSum

    var rule: Rule { .percentage }
    var primary: Term { percentage }
    var terms: [Term] { [percentage] + numerator.terms + denominator.terms }

    func evaluate(_ valuation: Valuation) -> Evaluation? {
        guard let check = PercentageCheck(
            printed: valuation.amount(percentage),
            numerator: numerator.interval(valuation),
            denominator: denominator.interval(valuation)
        ) else { return nil }
        let relation = check.consistency == .exact ? "=" : "≠"
        let arithmetic = LocalizedText.same(" \(check.printed.printed)% \(relation) ") + formula(valuation) + .same(" = \(check.evidence.expected.printed)")
        let statement = LocalizedText(en: kind.rawValue, zh: kind.chinese) + arithmetic
        return Evaluation(consistency: check.consistency, evidence: check.evidence, statement: statement)
    }

    /// Only the percentage itself is solved for: the figures it comes from have identities of
    /// their own that say better what they should be.
    func solve(for term: Term, in valuation: Valuation) -> Decimal? {
        guard term == percentage, let check = PercentageCheck(
            printed: valuation.amount(percentage),
            numerator: numerator.interval(valuation),
            denominator: denominator.interval(valuation)
        ) else { return nil }
        return check.expected
    }

    /// "8,763.77 ÷ (20,864.64 − 8,763.77)".
    private func formula(_ valuation: Valuation) -> LocalizedText {
        render(numerator, valuation) + .same(" ÷ ") + render(denominator, valuation)
    }

    private func render(_ sum: SignedSum, _ valuation: Valuation) -> LocalizedText {
        let plus = LocalizedText.joined(sum.added.map(valuation.quoted), en: " + ", zh: " + ")
        let text = LocalizedText.joined([plus] + sum.subtracted.map(valuation.quoted), en: " − ", zh: " − ")
        return sum.terms.count > 1 ? .same("(") + text + .same(")") : text
    }
}
