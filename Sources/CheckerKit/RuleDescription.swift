/// One rule a checker reports under; becomes an entry of SARIF `tool.driver.rules`.
public struct RuleDescription: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var summary: String
    /// What a reviewer should do about a finding of this rule.
    public var help: String
    public var defaultLevel: Level

    public init(id: String, name: String, summary: String, help: String, defaultLevel: Level) {
        self.id = id
        self.name = name
        self.summary = summary
        self.help = help
        self.defaultLevel = defaultLevel
    }
}
