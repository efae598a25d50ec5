import AuditEngine
import AuditStore
import FindingsStore

/// `audit check`: runs the checkers over a revision now, with last year's report when the
/// workspace holds it, and applies the reviewers' triage.
public struct CheckRevision {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// Every enabled checker, or exactly those in `only`.
    public func run(_ ref: String, only: [String]? = nil) throws -> CheckedRevision {
        let revision = try workspace.resolve(ref)
        let checked = try RevisionChecks.configured(for: workspace).checked(revision, only: only)
        let reviewed = ReviewedRun(checked.run, baseline: nil, decisions: try TriageLedger(workspace: workspace).decisions()).withIDs()
        var subject = try RunSubject(revision, in: workspace)
        subject.format = checked.pack?.id
        return CheckedRevision(reviewed: reviewed, subject: subject)
    }
}
