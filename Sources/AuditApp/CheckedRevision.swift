import AuditEngine

/// A revision's findings with their baseline states and triage, and how renderers name it.
public struct CheckedRevision {
    public var reviewed: ReviewedRun
    public var subject: RunSubject
}
