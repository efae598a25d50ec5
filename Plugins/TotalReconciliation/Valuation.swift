import Foundation
import CheckerKit
import ReportModel

/// The values of terms as printed, except for those a diagnosis tries replacing. A
/// replacement keeps the printed precision, so the rounding rule still applies.
struct Valuation {
    static let printed = Valuation(replacements: [:])

    var replacements: [String: Decimal]

    func amount(_ term: Term) -> Amount {
        guard let value = replacements[term.id] else { return term.amount }
        return Amount(printed: value.grouped(decimals: term.amount.decimals), value: value, decimals: term.amount.decimals)
    }

    /// The term's figure as a message quotes it: as printed, a blank cell "blank" (空白 in Chinese).
    func quoted(_ term: Term) -> LocalizedText {
        guard term.isBlank, replacements[term.id] == nil else { return .same(amount(term).printed) }
        return LocalizedText(en: term.amount.printed, zh: "空白")
    }

    func interval(_ term: Term) -> Interval {
        if term.isBlank, replacements[term.id] == nil { return Interval(nominal: 0, lower: 0, upper: 0) }
        return Interval(amount(term))
    }

    func replacing(_ term: Term, with value: Decimal) -> Valuation {
        var copy = self
        copy.replacements[term.id] = value
        return copy
    }
}
