import AuditStore
import FindingsStore
import Localization
import ReportDiff
import ReviewReport
import StoredReports

/// `audit report`: the reviewer report of a revision, against a baseline when given.
public struct BuildReviewReport {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// The document, and warnings about findings that had to be recomputed.
    public func run(_ ref: String, baseline: String? = nil) throws -> (document: ReviewDocument, warnings: [LocalizedText]) {
        let revision = try workspace.resolve(ref)
        let baselineRevision = try baseline.map(workspace.resolve)
        let checks = try RevisionChecks.configured(for: workspace)
        let reviewed = try ReviewedRun.recorded(revision, baseline: baselineRevision, checks: checks)
        let timeline = try StoreTimeline(checks: checks)
        let changes = try baselineRevision.map { try workspace.reports(of: [$0, revision], reading: checks.reading) }.map { ReportChanges(old: $0[0], new: $0[1]) }
        let document = ReviewDocument(
            subject: revision.displayName, baseline: baselineRevision?.displayName,
            run: reviewed.run, reviews: reviewed.reviews, text: try workspace.text(of: revision),
            histories: Dictionary(reviewed.run.findings.map { ($0.fingerprint, timeline.history(of: $0.fingerprint)) }) { first, _ in first },
            changes: changes
        )
        return (document, reviewed.warnings)
    }
}
