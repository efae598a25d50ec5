import Foundation
import ReportModel

/// A pair's `ReportChanges` and pages in a compact binary form (`ReportArchive`'s layout), kept
/// in the workspace's cache so that `audit diff` of a pair it has compared before neither loads
/// the two models nor compares them. How the versions are named, and every rendering, stays
/// per call: only what the two texts determine is archived.
///
/// The archive answers only for the key it was written under, which is part of its file name
/// and of its own bytes: an archive of another layout, parser or vocabulary does not decode.
public enum DiffArchive {
    /// Bump when the byte layout below changes, or when `ReportChanges` (the diff's algorithm)
    /// or what `DiffDocument` takes from it changes: an old archive would answer otherwise than
    /// comparing afresh does.
    public static let formatVersion = 1
    private static let magic = Array("audit-diff\n".utf8)

    /// What decides a pair's changes besides its two texts: how each text was read into its
    /// model, and whether each side has pages.
    public struct Key: Equatable, Sendable {
        public var format = DiffArchive.formatVersion
        public var parser = ReportParser.version
        /// Each side's `TableVocabulary.cacheKey` (nil: the standard vocabulary).
        public var oldVocabulary: String?
        public var newVocabulary: String?
        public var oldPages: Bool
        public var newPages: Bool

        public init(oldVocabulary: String?, newVocabulary: String?, oldPages: Bool, newPages: Bool) {
            self.oldVocabulary = oldVocabulary
            self.newVocabulary = newVocabulary
            self.oldPages = oldPages
            self.newPages = newPages
        }

        /// The archive's file name: "diff-f1-p6-standard-standard-00.bin".
        public var name: String {
            let pages = [oldPages, newPages].map { $0 ? "1" : "0" }.joined()
            return "diff-f\(format)-p\(parser)-\(oldVocabulary ?? "standard")-\(newVocabulary ?? "standard")-\(pages).bin"
        }
    }

    /// What a pair's archive holds.
    public struct Contents: Equatable, Sendable {
        public var changes: ReportChanges
        public var oldPages: PageMap?
        public var newPages: PageMap?

        public init(changes: ReportChanges, oldPages: PageMap?, newPages: PageMap?) {
            self.changes = changes
            self.oldPages = oldPages
            self.newPages = newPages
        }
    }

    public static func encode(_ contents: Contents, key: Key) -> Data {
        var writer = ArchiveWriter()
        writer.raw(magic)
        writer.string(key.name)
        contents.changes.write(to: &writer)
        writer.optional(contents.oldPages) { $0.pages($1) }
        writer.optional(contents.newPages) { $0.pages($1) }
        return Data(writer.bytes)
    }

    /// The contents, or nil when the archive is damaged or was written under another key.
    public static func decode(_ data: Data, key: Key) -> Contents? {
        var reader = ArchiveReader([UInt8](data))
        do {
            try reader.expect(magic)
            guard try reader.string() == key.name else { return nil }
            let contents = Contents(
                changes: try ReportChanges(from: &reader),
                oldPages: try reader.optional { try $0.pages() }, newPages: try reader.optional { try $0.pages() }
            )
            return reader.isAtEnd ? contents : nil
        } catch {
            return nil
        }
    }
}
