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

    public init(id: String, name: String, version: String, identitiesChecked: Int, findings: Int, failure: String?, seconds: Double) {
        self.id = id
        self.name = name
        self.version = version
        self.identitiesChecked = identitiesChecked
        self.findings = findings
        self.failure = failure
        self.seconds = seconds
    }
}
