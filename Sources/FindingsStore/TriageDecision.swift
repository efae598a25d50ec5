import FindingsModel
import Foundation

/// One reviewer's decision about the finding with `fingerprint`. It follows that fingerprint
/// into every later revision; a finding whose figures change gets a new fingerprint and so
/// needs a new decision, since an old reason may not cover the new figures.
public struct TriageDecision: Codable, Hashable, Sendable {
    public var fingerprint: String
    public var status: TriageStatus
    public var reason: String
    public var reviewer: String
    public var email: String
    public var decidedAt: Date
    /// The revision the reviewer was looking at: "2021@2".
    public var revision: String

    public init(fingerprint: String, status: TriageStatus, reason: String, reviewer: String, email: String, decidedAt: Date, revision: String) {
        self.fingerprint = fingerprint
        self.status = status
        self.reason = reason
        self.reviewer = reviewer
        self.email = email
        self.decidedAt = decidedAt
        self.revision = revision
    }

    public var suppression: Suppression {
        Suppression(
            status: status.suppressionStatus, decision: status.rawValue, justification: reason,
            reviewer: "\(reviewer) <\(email)>"
        )
    }
}
