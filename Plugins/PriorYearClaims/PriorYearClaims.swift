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
        let claims = ClaimReader.claims(in: context.report)
        // Figures outside exact arithmetic's range are left out, each with a note.
        let unchecked = claims.filter { !$0.isInCheckedRange }.map {
            CheckedRange.note(printed: $0.statement, span: $0.span, logical: "\($0.place) / \($0.subject) / \($0.relation)")
        }
        let checks = claims.filter(\.isInCheckedRange).compactMap { claim in
            PriorFigure.find(claim.subject, in: previous).flatMap { CheckedRange.contains($0.amount) ? ClaimCheck(claim: claim, prior: $0) : nil }
        }
        let findings = checks.filter { !$0.holds }.map { $0.finding(level: Self.description.defaultLevel) }
        return CheckResult(findings: findings + unchecked, identitiesChecked: checks.count)
    }
}
