import Foundation
import CheckerKit
import ReportModel

/// A change printed as 增加/增长 (or 减少/下降) and a later word in the same paragraph that
/// describes the same comparison ("比上年数有所节约"): the two must point the same way.
struct DirectionIdentity: Identity {
    var place: String
    /// The change as printed, with the word before it deciding its sign.
    var change: Term
    var changeIsIncrease: Bool
    /// The later words, e.g. "比上年数有所节约", and whether they say up.
    var claim: String
    var claimIsIncrease: Bool
    var claimSpan: SourceSpan

    var rule: Rule { .direction }
    var primary: Term { change }
    var primarySpan: SourceSpan { claimSpan }
    var terms: [Term] { [change] }

    func evaluate(_ valuation: Valuation) -> Evaluation? {
        let amount = valuation.amount(change)
        guard !amount.value.isZero else { return nil }
        let agrees = changeIsIncrease == claimIsIncrease
        let stated = "\(changeIsIncrease ? "增加" : "减少") \(amount.printed)"
        let statement = agrees
            ? LocalizedText(en: "\(stated) agrees with “\(claim)”", zh: "\(stated)与“\(claim)”一致")
            : LocalizedText(
                en: "“\(stated)” is \(changeIsIncrease ? "an increase" : "a decrease"), but the explanation says “\(claim)”, \(claimIsIncrease ? "an increase" : "a decrease")",
                zh: "“\(stated)”是\(changeIsIncrease ? "增加" : "减少")，但说明中写的是“\(claim)”，即\(claimIsIncrease ? "增加" : "减少")"
            )
        return Evaluation(consistency: agrees ? .exact : .broken, evidence: nil, statement: statement)
    }

    func solve(for term: Term, in valuation: Valuation) -> Decimal? { nil }
}
