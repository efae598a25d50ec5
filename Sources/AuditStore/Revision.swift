import Foundation

/// One stored revision of a report version.
public struct Revision: Equatable {
    public let version: String
    /// 1 for the oldest revision of `version`.
    public let number: Int
    /// The full 40-hex git commit id.
    public let commitID: String
    public let author: String
    public let email: String
    public let date: Date
    public let message: String
    /// Size of the original bytes.
    public let size: Int
    /// The encoding the original was decoded from (a `TextEncoding` raw value).
    public let encoding: String
    /// File name of the original, without directories.
    public let sourceName: String
    /// Line count, equal for the original and the stored text.
    public let lines: Int
    /// The page count when the original is a PDF.
    public let pages: Int?

    /// `2021@3`: a ref that names this revision.
    public var ref: String { "\(version)@\(number)" }

    public var shortID: String { String(commitID.prefix(7)) }
}
