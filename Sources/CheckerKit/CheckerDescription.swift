/// Everything the engine, `audit plugins` and the SARIF rules list need to know about a
/// checker without running it.
public struct CheckerDescription: Sendable {
    /// Stable, kebab-case: the key in `audit.yml` and the prefix of the checker's rule ids.
    public var id: String
    public var name: String
    public var version: String
    public var summary: String
    /// Why the check matters to an auditor.
    public var rationale: String
    /// The level of the checker's violations; `audit.yml` may change it. Notes stay notes.
    public var defaultLevel: Level
    public var options: [OptionDescription]
    public var rules: [RuleDescription]
    public var triggeringExamples: [CheckerExample]
    public var nonTriggeringExamples: [CheckerExample]

    public init(
        id: String,
        name: String,
        version: String,
        summary: String,
        rationale: String,
        defaultLevel: Level,
        options: [OptionDescription],
        rules: [RuleDescription],
        triggeringExamples: [CheckerExample],
        nonTriggeringExamples: [CheckerExample]
    ) {
        self.id = id
        self.name = name
        self.version = version
        self.summary = summary
        self.rationale = rationale
        self.defaultLevel = defaultLevel
        self.options = options
        self.rules = rules
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}
