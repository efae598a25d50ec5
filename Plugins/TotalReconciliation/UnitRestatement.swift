import Foundation
import CheckerKit
import ReportModel

/// A narrative figure stated in 万元 or 亿元 equals a table figure in 万元. The narrative
/// figure keeps the rounding interval of its printed precision in its own unit, so "0.30亿元"
/// restates 2,961.68 万元 exactly at that precision; a figure that is wrong in its own unit but
/// right within rounding in the other ("0.3万元" for 2,961.68 万元) is named as a likely wrong unit.
struct UnitRestatement: Identity {
    /// Each unit as a power of ten of 万元.
    static let exponents: [String: Int] = ["万元": 0, "亿元": 4]

    var rule: Rule = .restatement
    var stated: Term
    var unit: String
    var table: Term

    var place: String { stated.id }
    var primary: Term { stated }
    var terms: [Term] { [stated, table] }

    private var exponent: Int { Self.exponents[unit] ?? 0 }
    private var scale: Decimal { Decimal(sign: .plus, exponent: exponent, significand: 1) }

    func evaluate(_ valuation: Valuation) -> Evaluation? {
        let given = valuation.amount(stated)
        let check = reconciliation(valuation)
        let decimals = max(given.decimals, table.amount.decimals)
        let consistency = consistency(valuation)
        let relation = consistency == .exact ? "=" : "≠"
        let hint = unitHint(given, valuation, consistency)
        // Units are named where they matter: a figure in 亿元, or one that may be in the wrong unit.
        let (statedUnit, tableUnit) = unit == "万元" && hint.en.isEmpty ? ("", "") : (" \(unit)", " 万元")
        let equation = LocalizedText.same("\(stated.label) \(given.printed)\(statedUnit) \(relation) \(table.label) ") + valuation.quoted(table) + .same(tableUnit)
        let difference = "\(check.difference.grouped(decimals: decimals))\(tableUnit)"
        let statement = equation + LocalizedText(en: " (difference \(difference))", zh: "（差额 \(difference)）") + hint
        return Evaluation(consistency: consistency, evidence: check.evidence, statement: statement)
    }

    func solve(for term: Term, in valuation: Valuation) -> Decimal? {
        switch term {
        case stated: valuation.amount(table).value / scale
        case table: valuation.amount(stated).value * scale
        default: nil
        }
    }

    private func reconciliation(_ valuation: Valuation) -> Reconciliation {
        Reconciliation(stated: [inTenThousands(valuation.amount(stated))], parts: [valuation.amount(table)])
    }

    private func consistency(_ valuation: Valuation) -> Consistency {
        atPrintedPrecision(valuation.amount(stated), valuation) ? .exact : reconciliation(valuation).consistency
    }

    /// The stated figure in 万元, with its half-unit scaled alike: 0.30 亿元 is 3,000 ± 50 万元.
    private func inTenThousands(_ amount: Amount) -> Amount {
        Amount(printed: amount.printed, value: amount.value * scale, decimals: amount.decimals - exponent)
    }

    /// The table figure, converted to the stated unit and rounded to the stated decimals, is what the narrative prints.
    private func atPrintedPrecision(_ given: Amount, _ valuation: Valuation) -> Bool {
        (valuation.amount(table).value / scale).rounded(toPlaces: given.decimals) == given.value
    }

    /// " — 2,961.68 万元 is 0.30 亿元: wrong unit?" where the stated number fits the table in the other unit.
    private func unitHint(_ given: Amount, _ valuation: Valuation, _ consistency: Consistency) -> LocalizedText {
        guard consistency == .broken else { return .same("") }
        for otherUnit in Self.exponents.keys.sorted() where otherUnit != unit {
            let other = UnitRestatement(rule: rule, stated: stated, unit: otherUnit, table: table)
            guard other.consistency(valuation) != .broken else { continue }
            let converted = (valuation.amount(table).value / other.scale).grouped(decimals: max(given.decimals, 2))
            let printed = valuation.amount(table).printed
            return LocalizedText(en: " — \(printed) 万元 is \(converted) \(otherUnit): wrong unit?", zh: " — \(printed) 万元即 \(converted) \(otherUnit)：单位是否有误？")
        }
        return .same("")
    }
}
