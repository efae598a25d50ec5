import AuditStore
import FindingsStore
import Localization

/// `audit triage`: records a reviewer's decision about a finding, or lists every decision.
public struct TriageFinding {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// The decision as recorded, and warnings about findings that had to be recomputed to find the id.
    public func record(_ id: String, status: TriageStatus, reason: String, reviewer: String?) throws -> (decision: TriageDecision, warnings: [LocalizedText]) {
        let timeline = try StoreTimeline(checks: RevisionChecks.configured(for: workspace))
        let fingerprint = try timeline.fingerprint(for: id)
        let signature = try workspace.signature(named: reviewer)
        let seenIn = timeline.history(of: fingerprint).appearances.last?.revision.ref ?? ""
        let decision = TriageDecision(
            fingerprint: fingerprint, status: status, reason: reason,
            reviewer: signature.name, email: signature.email, decidedAt: signature.date, revision: seenIn
        )
        try TriageLedger(workspace: workspace).record(decision, signedBy: signature)
        return (decision, timeline.warnings)
    }

    /// Every decision ever recorded, newest first.
    public func log() throws -> [TriageLogEntry] {
        try TriageLedger(workspace: workspace).log()
    }
}
