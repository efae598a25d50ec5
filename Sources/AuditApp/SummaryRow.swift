/// One version's line of `audit summary`: its latest revision's findings by level, what changed
/// since the same department's previous year, and what reviewers decided.
public struct SummaryRow: Codable, Equatable, Sendable {
    /// Nil for a version without a department (`2021`).
    public var department: String?
    /// The version within the department: its year, `2024`, or another name.
    public var version: String
    /// The revision summarised: `财政局/2024@2`.
    public var revision: String
    /// Findings a reviewer has not set aside (confirmed ones included), by level.
    public var errors: Int
    public var warnings: Int
    public var notes: Int
    /// The previous year's revision compared with, when the workspace holds one.
    public var previous: String?
    /// Findings not in the previous year's, and the previous year's that are gone; nil without a previous year.
    public var new: Int?
    public var fixed: Int?
    /// Decisions on this revision's findings, by triage status (`confirmed`, `false-positive`, …).
    public var triage: [String: Int]
    /// Findings set aside by triage, left out of the counts above.
    public var hidden: Int
}
