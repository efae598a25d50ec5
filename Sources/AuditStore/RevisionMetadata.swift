import Foundation

/// `meta.json` of a revision: what the original file was and how it was decoded.
struct RevisionMetadata: Codable, Equatable {
    static let currentFormat = 1

    var format = currentFormat
    var message: String
    var sourceName: String
    var encoding: TextEncoding
    var size: Int
    var lines: Int
    /// The page count of a PDF original; absent for text.
    var pages: Int?
    /// Git blob id of the original bytes, which also identifies identical resubmissions.
    var originalBlob: String
    /// The revision's number within its version, so that naming the latest revision or the
    /// next one reads one commit instead of walking the whole history.
    var revision: Int

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    static func decoded(from data: Data) throws -> RevisionMetadata {
        try JSONDecoder().decode(RevisionMetadata.self, from: data)
    }
}
