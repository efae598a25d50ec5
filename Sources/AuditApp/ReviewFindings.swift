import AuditEngine
import AuditStore

/// `audit findings`: the findings recorded with a revision, against a baseline's, with triage.
public struct ReviewFindings {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func run(_ ref: String, baseline: String? = nil) throws -> CheckedRevision {
        let revision = try workspace.resolve(ref)
        let baselineRevision = try baseline.map(workspace.resolve)
        let reviewed = try ReviewedRun.recorded(revision, baseline: baselineRevision, checks: .configured(for: workspace))
        return CheckedRevision(reviewed: reviewed, subject: try RunSubject(revision, in: workspace))
    }
}
