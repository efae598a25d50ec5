import AuditEngine

/// A revision's findings with their baseline states and triage, and how renderers name it.
public struct CheckedRevision {
    public var reviewed: ReviewedRun
    public var subject: RunSubject
    /// The id of the rule pack the report was checked with: "shanghai-2024".
    public var format: String?
}
