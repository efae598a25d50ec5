import CheckerKit
import Foundation
import ReportModel

/// One claim against last year's tables: consistent when the implied figure lies within
/// rounding of the printed one, i.e. |implied − printed| ≤ the half-units of the three values.
struct ClaimCheck {
    let claim: Claim
    let prior: PriorFigure

    var tolerance: Decimal {
        claim.halfUnits + prior.amount.halfUnit
    }

    var difference: Decimal {
        claim.impliedPrevious - prior.amount.value
    }

    var holds: Bool {
        abs(difference) <= tolerance
    }

    func finding(level: Level) -> Finding {
        let implied = Quantity(computed: claim.impliedPrevious, decimals: prior.amount.decimals)
        let gap = Quantity(computed: difference, decimals: prior.amount.decimals).printed
        let message = LocalizedText(
            en: "\(claim.subject) \(claim.current.printed) 万元，\(claim.statement) puts last year at "
                + "\(implied.printed) 万元, but last year's \(prior.place) prints \(prior.amount.printed) 万元 (difference \(gap))",
            zh: "“\(claim.subject) \(claim.current.printed) 万元，\(claim.statement)”推算上年数为 \(implied.printed) 万元，"
                + "而上年报告\(prior.place)列示 \(prior.amount.printed) 万元（差额 \(gap)）"
        )
        return Finding(
            ruleID: PriorYearClaims.ruleID, level: level, message: message,
            locations: [FindingLocation(span: claim.span, logical: "\(claim.place) / \(claim.subject) / \(claim.relation)")],
            relatedLocations: [FindingLocation(span: nil, logical: "上年 / \(prior.place)", note: LocalizedText(en: "last year's figure", zh: "上年数"))],
            evidence: Evidence(
                expected: Quantity(value: prior.amount.value, printed: prior.amount.printed), actual: implied,
                difference: Quantity(computed: difference, decimals: prior.amount.decimals),
                tolerance: Quantity(computed: tolerance, decimals: prior.amount.decimals + 1)
            )
        )
    }
}
