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
            ? Self.single(stated[0], valuation)
            : (statedLabel.map(LocalizedText.same) ?? Self.join(stated)) + .same(" = \(check.actual.grouped(decimals: decimals))")
        let right = parts.count == 1
            ? Self.single(parts[0], valuation)
            : Self.join(parts) + .same(" = \(check.expected.grouped(decimals: decimals))")
        let relation = check.consistency == .exact ? "=" : "≠"
        let difference = check.difference.grouped(decimals: decimals)
        return left + .same(" \(relation) ") + right + LocalizedText(en: " (difference \(difference))", zh: "（差额 \(difference)）")
    }

    /// "基本支出 1,234.56", a blank cell "基本支出 blank" (空白 in Chinese).
    private static func single(_ term: Term, _ valuation: Valuation) -> LocalizedText {
        .same("\(term.label) ") + valuation.quoted(term)
    }

    /// "基本支出 + 项目支出 + 上缴上级支出 + …": long sums shortened after three terms.
    private static func join(_ terms: [Term]) -> LocalizedText {
        let labels = terms.map(\.label)
        guard labels.count > 4 else { return .same(labels.joined(separator: " + ")) }
        let shown = labels.prefix(3).joined(separator: " + ") + " + … "
        return LocalizedText(en: shown + "(\(labels.count) terms)", zh: shown + "（共 \(labels.count) 项）")
    }
}
