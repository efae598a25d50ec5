import Foundation

/// The changes between two named versions: what every output format renders.
public struct DiffDocument: Codable, Hashable, Sendable {
    /// How the versions are named to the reader: "2020@1 (3f2a9c1)".
    public var old: String
    public var new: String
    public var changes: ReportChanges

    public init(old: String, new: String, changes: ReportChanges) {
        self.old = old
        self.new = new
        self.changes = changes
    }

    /// "2020@1 (3f2a9c1) → 2021@1 (8be0d42)".
    public var title: String { "\(old) → \(new)" }

    /// The document as JSON with sorted keys, so equal diffs print identically.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
