import CheckerKit
import Foundation

/// Checks what the narrative says about last year against last year's own tables, when the
/// workspace holds last year's report.
public struct PriorYearClaims: Checker {
    public static let ruleID = "prior-year-claims.change-from-last-year"

    public static var description: CheckerDescription { PriorYearClaimsDescription.description }

    public init(configuration: CheckerConfiguration) throws {}

    public func check(_ context: CheckContext) throws -> CheckResult {
        guard let previous = context.previous else { return CheckResult(findings: [], identitiesChecked: 0) }
        let checks = ClaimReader.claims(in: context.report).compactMap { claim in
            PriorFigure.find(claim.subject, in: previous).map { ClaimCheck(claim: claim, prior: $0) }
        }
        return CheckResult(findings: checks.filter { !$0.holds }.map { $0.finding(level: Self.description.defaultLevel) }, identitiesChecked: checks.count)
    }
}
