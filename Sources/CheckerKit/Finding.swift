/// One thing a checker found, in a form every renderer (text, JSON, SARIF, Markdown) can show.
public struct Finding: Codable, Hashable, Sendable {
    public var ruleID: String
    public var level: Level
    /// Quotes the figures as printed and says what they should be.
    public var message: String
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
        message: String,
        locations: [FindingLocation],
        relatedLocations: [FindingLocation] = [],
        evidence: Evidence? = nil,
        identity: String? = nil
    ) {
        self.ruleID = ruleID
        self.level = level
        self.message = message
        self.locations = locations
        self.relatedLocations = relatedLocations
        self.evidence = evidence
        fingerprint = Fingerprint.of(ruleID: ruleID, logicalLocation: locations.first?.logical ?? "", evidence: evidence, identity: identity)
    }
}
