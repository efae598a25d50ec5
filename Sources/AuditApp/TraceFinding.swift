import AuditStore
import FindingsStore
import Localization

/// `audit history`: every revision with a finding present or absent, and its triage.
public struct TraceFinding {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func run(_ id: String) throws -> (history: FindingHistory, decision: TriageDecision?, warnings: [LocalizedText]) {
        let timeline = try StoreTimeline(checks: RevisionChecks.configured(for: workspace))
        let history = timeline.history(of: try timeline.fingerprint(for: id))
        return (history, try TriageLedger(workspace: workspace).decisions()[history.fingerprint], timeline.warnings)
    }
}
