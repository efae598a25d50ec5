import Localization

/// One rule a checker reports under; becomes an entry of SARIF `tool.driver.rules`. Name,
/// summary and help exist in both languages; the English fields keep their names so that
/// records of earlier versions still read, which then show English.
public struct RuleDescription: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var summary: String
    /// What a reviewer should do about a finding of this rule.
    public var help: String
    public var defaultLevel: Level
    public var nameZh: String?
    public var summaryZh: String?
    public var helpZh: String?

    public init(id: String, name: LocalizedText, summary: LocalizedText, help: LocalizedText, defaultLevel: Level) {
        self.id = id
        self.name = name.en
        self.summary = summary.en
        self.help = help.en
        self.defaultLevel = defaultLevel
        nameZh = name.zh
        summaryZh = summary.zh
        helpZh = help.zh
    }

    /// A rule described in English only (an external checker that gives no Chinese).
    public init(id: String, name: String, summary: String, help: String, defaultLevel: Level) {
        self.id = id
        self.name = name
        self.summary = summary
        self.help = help
        self.defaultLevel = defaultLevel
    }

    public func name(in language: Language) -> String {
        language == .zh ? nameZh ?? name : name
    }

    public func summary(in language: Language) -> String {
        language == .zh ? summaryZh ?? summary : summary
    }

    public func help(in language: Language) -> String {
        language == .zh ? helpZh ?? help : help
    }
}
