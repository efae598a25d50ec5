import Foundation
import CheckerKit
import ReportModel

/// Σ stated = Σ parts: a total and its parts, two sides of a balance, or one figure printed in
/// two places. Judged by the rounding-interval rule.
struct SumIdentity: Identity {
    var rule: Rule
    var place: String
    var stated: [Term]
    var parts: [Term]
    /// How the statement names the stated side when it has several terms.
    var statedLabel: String? = nil
    /// False for counts, which are exact.
    var rounded = true

    var primary: Term { stated[0] }
    var terms: [Term] { stated + parts }

    func evaluate(_ valuation: Valuation) -> Evaluation? {
        let check = Reconciliation(stated: stated.map(valuation.amount), parts: parts.map(valuation.amount), rounded: rounded)
        return Evaluation(consistency: check.consistency, evidence: check.evidence, statement: statement(check, valuation))
    }

    func solve(for term: Term, in valuation: Valuation) -> Decimal? {
        let check = Reconciliation(stated: stated.map(valuation.amount), parts: parts.map(valuation.amount), rounded: rounded)
        let current = valuation.amount(term).value
        if stated.contains(term) { return current - check.difference }
        if parts.contains(term) { return current + check.difference }
        return nil
    }

    private func statement(_ check: Reconciliation, _ valuation: Valuation) -> LocalizedText {
        let decimals = terms.map(\.amount.decimals).max() ?? 2
        let left = stated.count == 1
            ? "\(stated[0].label) \(valuation.amount(stated[0]).printed)"
            : "\(statedLabel ?? Self.join(stated)) = \(check.actual.grouped(decimals: decimals))"
        let right = parts.count == 1
            ? "\(parts[0].label) \(valuation.amount(parts[0]).printed)"
            : "\(Self.join(parts)) = \(check.expected.grouped(decimals: decimals))"
        let relation = check.consistency == .exact ? "=" : "≠"
        let difference = check.difference.grouped(decimals: decimals)
        return LocalizedText(en: "\(left) \(relation) \(right) (difference \(difference))", zh: "\(left) \(relation) \(right)（差额 \(difference)）")
    }

    /// "基本支出 + 项目支出 + 上缴上级支出 + …": long sums shortened after three terms.
    private static func join(_ terms: [Term]) -> String {
        let labels = terms.map(\.label)
        return labels.count > 4 ? labels.prefix(3).joined(separator: " + ") + " + … (\(labels.count) terms)" : labels.joined(separator: " + ")
    }
}
