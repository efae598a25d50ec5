import CheckerKit
import Foundation

/// What an external checker prints on stdout, as `schemas/external-findings.schema.json`
/// publishes it. Decoding is as strict as the schema: an unknown key is an error, because a
/// misspelt "evidense" would otherwise be dropped without a word.
struct ExternalOutput: Decodable {
    static let schemaVersion = 1

    var schemaVersion: Int
    var rules: [Rule]
    var findings: [Item]
    var identitiesChecked: Int

    struct Rule: Decodable {
        var id: String
        var name: String
        var summary: String
        var help: String
        var level: Level
    }

    struct Item: Decodable {
        var rule: String
        var level: Level?
        var message: String
        /// The message in Chinese, optional: `audit --lang zh` shows `message` where it is absent.
        var messageZh: String?
        var locations: [Location]
        var relatedLocations: [Location]
        var evidence: EvidenceItem?
        var identity: String?
    }

    /// Exactly one of a paragraph, a table (optionally narrowed to a row and a cell's column)
    /// or a line of the stored text; indexes are those of the model document, 0-based; lines
    /// and columns 1-based as in its spans.
    struct Location: Decodable {
        var paragraph: Int?
        var table: Int?
        var side: Int?
        var row: Int?
        var column: Int?
        var line: Int?
        var logical: String?
        var note: String?
    }

    /// Decimals as strings ("1234.56"), never JSON numbers, which pass through binary floating point.
    struct EvidenceItem: Decodable {
        var expected: String
        var actual: String
        var tolerance: String?
    }

    private enum Keys: String, CodingKey, CaseIterable { case schemaVersion, rules, findings, identitiesChecked }

    init(from decoder: Decoder) throws {
        let container = try decoder.strictContainer(Keys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        guard schemaVersion == Self.schemaVersion else {
            throw DecodingError.dataCorruptedError(forKey: .schemaVersion, in: container, debugDescription: "schemaVersion \(schemaVersion) is not \(Self.schemaVersion)")
        }
        rules = try container.decode([Rule].self, forKey: .rules)
        findings = try container.decode([Item].self, forKey: .findings)
        identitiesChecked = try container.decodeIfPresent(Int.self, forKey: .identitiesChecked) ?? 0
    }
}

extension ExternalOutput.Rule {
    private enum Keys: String, CodingKey, CaseIterable { case id, name, summary, help, level }

    init(from decoder: Decoder) throws {
        let container = try decoder.strictContainer(Keys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        summary = try container.decode(String.self, forKey: .summary)
        help = try container.decodeIfPresent(String.self, forKey: .help) ?? summary
        level = try container.decode(Level.self, forKey: .level)
    }
}

extension ExternalOutput.Item {
    private enum Keys: String, CodingKey, CaseIterable { case rule, level, message, messageZh, locations, relatedLocations, evidence, identity }

    init(from decoder: Decoder) throws {
        let container = try decoder.strictContainer(Keys.self)
        rule = try container.decode(String.self, forKey: .rule)
        level = try container.decodeIfPresent(Level.self, forKey: .level)
        message = try container.decode(String.self, forKey: .message)
        messageZh = try container.decodeIfPresent(String.self, forKey: .messageZh)
        locations = try container.decode([ExternalOutput.Location].self, forKey: .locations)
        relatedLocations = try container.decodeIfPresent([ExternalOutput.Location].self, forKey: .relatedLocations) ?? []
        evidence = try container.decodeIfPresent(ExternalOutput.EvidenceItem.self, forKey: .evidence)
        identity = try container.decodeIfPresent(String.self, forKey: .identity)
    }
}

extension ExternalOutput.Location {
    private enum Keys: String, CodingKey, CaseIterable { case paragraph, table, side, row, column, line, logical, note }

    init(from decoder: Decoder) throws {
        let container = try decoder.strictContainer(Keys.self)
        paragraph = try container.decodeIfPresent(Int.self, forKey: .paragraph)
        table = try container.decodeIfPresent(Int.self, forKey: .table)
        side = try container.decodeIfPresent(Int.self, forKey: .side)
        row = try container.decodeIfPresent(Int.self, forKey: .row)
        column = try container.decodeIfPresent(Int.self, forKey: .column)
        line = try container.decodeIfPresent(Int.self, forKey: .line)
        logical = try container.decodeIfPresent(String.self, forKey: .logical)
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }
}

extension ExternalOutput.EvidenceItem {
    private enum Keys: String, CodingKey, CaseIterable { case expected, actual, tolerance }

    init(from decoder: Decoder) throws {
        let container = try decoder.strictContainer(Keys.self)
        expected = try container.decode(String.self, forKey: .expected)
        actual = try container.decode(String.self, forKey: .actual)
        tolerance = try container.decodeIfPresent(String.self, forKey: .tolerance)
    }
}

private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Decoder {
    /// A keyed container that has no keys but `Keys`' own.
    fileprivate func strictContainer<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws -> KeyedDecodingContainer<Keys> {
        let allowed = Set(Keys.allCases.map(\.stringValue))
        let all = try container(keyedBy: AnyKey.self)
        if let unknown = all.allKeys.first(where: { !allowed.contains($0.stringValue) }) {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: "unknown key '\(unknown.stringValue)'"))
        }
        return try container(keyedBy: Keys.self)
    }
}
