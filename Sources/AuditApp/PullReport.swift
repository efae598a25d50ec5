import AuditStore
import FindingsStore

/// What `audit pull` brought and what it merged.
public struct PullReport {
    public let remote: String
    public let url: String
    /// Versions that received revisions, with those re-committed after a concurrent one.
    public let versions: [VersionMerge]
    public let findings: [FindingsMerge]
    public let triage: TriageMerge?

    public var arrivedRevisions: Int { versions.reduce(0) { $0 + $1.arrived } }
    public var arrivedDecisions: Int { triage?.arrived ?? 0 }
    public var changedNothing: Bool { versions.isEmpty && findings.isEmpty && triage == nil }
}
