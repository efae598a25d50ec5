/// A reviewer's decision that keeps a finding out of the way, as SARIF `suppressions` show it.
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

    public init(status: Status, decision: String, justification: String, reviewer: String) {
        self.status = status
        self.decision = decision
        self.justification = justification
        self.reviewer = reviewer
    }
}
