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
    /// The command of a checker declared in `audit.yml`; nil for one built into `audit`.
    public var command: [String]?

    public init(
        id: String, name: String, version: String, identitiesChecked: Int, findings: Int, failure: String?, seconds: Double,
        command: [String]? = nil
    ) {
        self.id = id
        self.name = name
        self.version = version
        self.identitiesChecked = identitiesChecked
        self.findings = findings
        self.failure = failure
        self.seconds = seconds
        self.command = command
    }
}
