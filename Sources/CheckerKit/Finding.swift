import Localization

/// One thing a checker found, in a form every renderer (text, JSON, SARIF, Markdown) can show.
public struct Finding: Codable, Hashable, Sendable {
    public var ruleID: String
    public var level: Level
    /// Quotes the figures as printed and says what they should be, in English.
    public var message: String
    /// The same in Chinese; nil in records written before findings carried both wordings,
    /// and from external checkers that give only English, which then show English.
    public var messageZh: String?
    /// The first location is the primary one: the cell or sentence most likely wrong.
    public var locations: [FindingLocation]
    public var relatedLocations: [FindingLocation]
    public var evidence: Evidence?
    public var fingerprint: String

    /// `identity` tells this finding from another of the same rule at the same logical place
    /// when the place names only part of what it is about: a logical place quotes a passage's
    /// opening words, the identity is the whole passage. The fingerprint covers it; nothing shows it.
    public init(
        ruleID: String,
        level: Level,
        message: LocalizedText,
        locations: [FindingLocation],
        relatedLocations: [FindingLocation] = [],
        evidence: Evidence? = nil,
        identity: String? = nil
    ) {
        self.init(ruleID: ruleID, level: level, message: message.en, messageZh: message.zh, locations: locations,
                  relatedLocations: relatedLocations, evidence: evidence, identity: identity)
    }

    /// A finding whose Chinese wording may be missing (an external checker's), shown in English then.
    public init(
        ruleID: String,
        level: Level,
        message: String,
        messageZh: String? = nil,
        locations: [FindingLocation],
        relatedLocations: [FindingLocation] = [],
        evidence: Evidence? = nil,
        identity: String? = nil
    ) {
        self.ruleID = ruleID
        self.level = level
        self.message = message
        self.messageZh = messageZh
        self.locations = locations
        self.relatedLocations = relatedLocations
        self.evidence = evidence
        fingerprint = Fingerprint.of(ruleID: ruleID, logicalLocation: locations.first?.logical ?? "", evidence: evidence, identity: identity)
    }

    /// The message in `language`, English where no Chinese wording was recorded.
    public func message(in language: Language) -> String {
        language == .zh ? messageZh ?? message : message
    }

    /// Both wordings as recorded.
    public var wording: LocalizedText {
        LocalizedText(en: message, zh: messageZh ?? message)
    }
}
