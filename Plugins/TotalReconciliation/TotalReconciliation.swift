import CheckerKit
import ReportModel

/// Checks every identity of docs/report-format.md the report's data allows: coded hierarchies, row and
/// column totals, both sides of 表1/表4, cross-table equalities, narrative restatements,
/// percentages, 其中 lists and direction words. Differences within rounding are notes; beyond
/// it, errors; a single figure that explains several broken identities is named with its repair.
public struct TotalReconciliation: Checker {
    public static let id = "total-reconciliation"
    public static let description = TotalReconciliationDescription.description

    private let roundingNotes: Bool
    private let narrative: Bool

    public init(configuration: CheckerConfiguration) throws {
        roundingNotes = try configuration.bool(TotalReconciliationDescription.roundingNotes)
        narrative = try configuration.bool(TotalReconciliationDescription.narrative)
    }

    public func check(_ context: CheckContext) throws -> CheckResult {
        let catalogued = IdentityCatalog.identities(context.report, pack: context.pack, narrative: narrative)
        let candidates = catalogued.filter { $0.terms.allSatisfy { CheckedRange.contains($0.amount) } }
        let evaluated = candidates.compactMap { identity in identity.evaluate(.printed).map { (identity, $0) } }
        let identities = evaluated.map(\.0)
        let evaluations = evaluated.map(\.1)
        let broken = evaluations.indices.filter { evaluations[$0].consistency == .broken }
        let diagnosis = Diagnosis(identities, broken: broken)
        let findings = FindingBuilder(identities: identities, evaluations: evaluations, roundingNotes: roundingNotes).findings(diagnosis)
        return CheckResult(findings: findings + Self.unchecked(catalogued), identitiesChecked: evaluations.count)
    }

    /// Each figure left out of the arithmetic, once.
    private static func unchecked(_ identities: [any Identity]) -> [Finding] {
        var seen = Set<String>()
        return identities.flatMap(\.terms).filter { !CheckedRange.contains($0.amount) && seen.insert($0.id).inserted }.map {
            CheckedRange.note(printed: $0.amount.printed, span: $0.span, logical: $0.id)
        }
    }
}
