import Foundation
import CheckerKit
import ReportModel

/// Σ parts ≤ whole: the parts of an incomplete 其中 list, or 表6's basic-spending items
/// against the matching 表7 totals. Broken only when the parts exceed the whole by more than
/// rounding explains.
struct BoundIdentity: Identity {
    var rule: Rule
    var place: String
    var whole: Term
    var parts: [Term]
    /// False for counts, which are exact.
    var rounded = true

    var primary: Term { whole }
    var terms: [Term] { [whole] + parts }

    func evaluate(_ valuation: Valuation) -> Evaluation? {
        let check = Reconciliation(total: valuation.amount(whole), parts: parts.map(valuation.amount), rounded: rounded)
        let excess = -check.difference
        let consistency: Consistency = excess <= 0 ? .exact : (excess <= check.tolerance ? .rounding : .broken)
        let decimals = terms.map(\.amount.decimals).max() ?? 2
        let partsText = parts.count == 1 ? .same("\(parts[0].label) ") + valuation.quoted(parts[0]) : .same("\(parts.map(\.label).joined(separator: " + ")) = \(check.expected.grouped(decimals: decimals))")
        let relation = consistency == .exact ? "≤" : ">"
        let equation = partsText + .same(" \(relation) \(whole.label) ") + valuation.quoted(whole), over = max(excess, 0).grouped(decimals: decimals)
        let statement = equation + LocalizedText(en: " (excess \(over))", zh: "（超出 \(over)）")
        return Evaluation(consistency: consistency, evidence: check.evidence, statement: statement)
    }

    /// An inequality does not say which value is right.
    func solve(for term: Term, in valuation: Valuation) -> Decimal? { nil }
}
