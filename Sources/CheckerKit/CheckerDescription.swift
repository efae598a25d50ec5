/// Everything the engine, `audit plugins` and the SARIF rules list need to know about a
/// checker without running it.
public struct CheckerDescription: Sendable {
    /// Stable, kebab-case: the key in `audit.yml` and the prefix of the checker's rule ids.
    public var id: String
    public var name: String
    public var version: String
    public var summary: String
    /// Name and summary in Chinese; nil for a checker described in English only.
    public var nameZh: String?
    public var summaryZh: String?
    /// Why the check matters to an auditor.
    public var rationale: String
    /// The level of the checker's violations; `audit.yml` may change it. Notes stay notes.
    public var defaultLevel: Level
    public var options: [OptionDescription]
    public var rules: [RuleDescription]
    /// Made when asked for (the examples' tests ask; no command does), not with the description,
    /// which every command that reads `audit.yml` builds: building every checker's examples,
    /// report text and all, was about a seventh of `audit commit`'s own work.
    public var triggeringExamples: [CheckerExample] { triggering() }
    public var nonTriggeringExamples: [CheckerExample] { nonTriggering() }
    private let triggering: @Sendable () -> [CheckerExample]
    private let nonTriggering: @Sendable () -> [CheckerExample]

    public init(
        id: String,
        name: String,
        version: String,
        summary: String,
        rationale: String,
        defaultLevel: Level,
        options: [OptionDescription],
        rules: [RuleDescription],
        triggeringExamples: @autoclosure @escaping @Sendable () -> [CheckerExample],
        nonTriggeringExamples: @autoclosure @escaping @Sendable () -> [CheckerExample]
    ) {
        self.id = id
        self.name = name
        self.version = version
        self.summary = summary
        self.rationale = rationale
        self.defaultLevel = defaultLevel
        self.options = options
        self.rules = rules
        triggering = triggeringExamples
        nonTriggering = nonTriggeringExamples
    }

    /// A checker described in both languages.
    public init(
        id: String,
        name: LocalizedText,
        version: String,
        summary: LocalizedText,
        rationale: String,
        defaultLevel: Level,
        options: [OptionDescription],
        rules: [RuleDescription],
        triggeringExamples: @autoclosure @escaping @Sendable () -> [CheckerExample],
        nonTriggeringExamples: @autoclosure @escaping @Sendable () -> [CheckerExample]
    ) {
        self.init(
            id: id, name: name.en, version: version, summary: summary.en, rationale: rationale, defaultLevel: defaultLevel,
            options: options, rules: rules, triggeringExamples: triggeringExamples(), nonTriggeringExamples: nonTriggeringExamples()
        )
        nameZh = name.zh
        summaryZh = summary.zh
    }

    public func name(in language: Language) -> String {
        language == .zh ? nameZh ?? name : name
    }

    public func summary(in language: Language) -> String {
        language == .zh ? summaryZh ?? summary : summary
    }
}
