/// A reviewer's decision about a finding, as SARIF `suppressions` show it: one that keeps the
/// finding out of the way, or (status `rejected`) one that confirms it and keeps it in view.
public struct Suppression: Codable, Hashable, Sendable {
    /// SARIF's suppression status: whether the decision is settled.
    public enum Status: String, Codable, Sendable {
        case accepted
        case underReview
        case rejected
    }

    public var status: Status
    /// The reviewer's decision as they named it ("false-positive"), and why.
    public var decision: String
    public var justification: String
    public var reviewer: String

    /// Whether the finding is set aside: SARIF suppresses a result unless its suppressions are rejected.
    public var hides: Bool {
        status != .rejected
    }

    public init(status: Status, decision: String, justification: String, reviewer: String) {
        self.status = status
        self.decision = decision
        self.justification = justification
        self.reviewer = reviewer
    }
}
