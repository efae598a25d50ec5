import FindingsModel
import Foundation

/// The findings of one revision as they were when it was committed: the whole run, so that
/// later changes to the checkers never rewrite what was found then.
public struct FindingsRecord: Codable, Sendable {
    public static let currentFormat = 1

    public var format = currentFormat
    public var version: String
    public var revision: Int
    /// The revision's commit: a record filed under the wrong commit is treated as damaged.
    public var commitID: String
    public var recordedAt: Date
    public var run: AuditRun

    public init(version: String, revision: Int, commitID: String, recordedAt: Date, run: AuditRun) {
        self.version = version
        self.revision = revision
        self.commitID = commitID
        self.recordedAt = recordedAt
        self.run = run
    }

    /// The name of the record's file in the findings tree.
    static func fileName(commitID: String) -> String {
        commitID + ".json"
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self) + Data("\n".utf8)
    }

    static func decoded(from data: Data) throws -> FindingsRecord {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(FindingsRecord.self, from: data)
    }
}
