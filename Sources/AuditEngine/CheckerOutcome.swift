import CheckerKit

/// How one checker's run went, for the summary.
public struct CheckerOutcome: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var version: String
    public var identitiesChecked: Int
    public var findings: Int
    /// Why it failed, when it did; its identities then count as not checked.
    public var failure: String?
    public var seconds: Double
}
