import Foundation

extension Report {
    /// The version of the model document's shape (`schemas/report-model.schema.json`): raised
    /// when a field changes meaning or goes, so that external checkers can refuse a document
    /// they do not understand. Added fields do not raise it.
    public static let documentSchemaVersion = 1

    /// The model as one JSON document, `audit show --json` and what external checkers read:
    /// the report's fields and `schemaVersion`, keys sorted, so equal reports print identically.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(report: self))
    }

    private struct Document: Encodable {
        let report: Report

        private enum Keys: String, CodingKey { case schemaVersion }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(Report.documentSchemaVersion, forKey: .schemaVersion)
            try report.encode(to: encoder)
        }
    }
}
