import AuditEngine

/// A revision's findings with their baseline states and triage, and how renderers name it.
public struct CheckedRevision {
    public var reviewed: ReviewedRun
    /// Names the rule pack the report was checked with (`format`): text prints
    /// "Findings in 2021@1 (format: guangdong-2021)", JSON carries `subject.format`.
    public var subject: RunSubject
}
