import CheckerKit

/// The subset of SARIF 2.1.0 that `audit` writes, as Codable types named after the spec's
/// objects. Optional properties left nil are omitted from the output.
enum SARIF {
    static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    static let version = "2.1.0"

    struct Log: Encodable {
        var schema = SARIF.schemaURI
        var version = SARIF.version
        var runs: [Run]

        private enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var originalUriBaseIds: [String: ArtifactLocation]?
        var versionControlProvenance: [VersionControlDetails]?
        var columnKind = "unicodeCodePoints"
        var results: [Result]
        /// The language of the log's messages (RFC 5646), left out for English, SARIF's default.
        var language: String?
        var properties: [String: Int]?
    }

    struct Tool: Encodable {
        var driver: ToolComponent
        /// The external checkers `audit.yml` declares, each with its own rules.
        var extensions: [ToolComponent]?
    }

    struct ToolComponent: Encodable {
        var name: String
        var version: String
        var informationUri: String?
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var defaultConfiguration: ReportingConfiguration
    }

    struct ReportingDescriptorReference: Encodable {
        var id: String
        var index: Int
        var toolComponent: ToolComponentReference
    }

    struct ToolComponentReference: Encodable {
        var name: String
        var index: Int
    }

    struct ReportingConfiguration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        /// Into the rules of the driver, or of the extension `rule.toolComponent` names.
        var ruleIndex: Int
        var rule: ReportingDescriptorReference?
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
        var partialFingerprints: [String: String]
        var baselineState: String?
        var suppressions: [Suppression]?
        var properties: ResultProperties?
    }

    /// A reviewer's triage, recorded outside the report text, hence kind "external".
    struct Suppression: Encodable {
        var kind = "external"
        var status: String
        var justification: String
        var properties: [String: String]
    }

    struct ResultProperties: Encodable {
        var evidence: Evidence
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation?
        var logicalLocations: [LogicalLocation]
        var message: Message?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
        var properties: [String: Int]?
    }

    struct LogicalLocation: Encodable {
        var name: String
        var fullyQualifiedName: String
    }

    struct VersionControlDetails: Encodable {
        var repositoryUri: String
        var revisionId: String?
        var branch: String?
    }
}
