import Foundation
import Git

/// The files of one revision's git tree. Fixed names keep the tree valid for `git fsck --strict`
/// whatever the source file was called; the source name lives in `meta.json`.
enum RevisionTree {
    static let originalName = "original"
    static let textName = "text.txt"
    static let metadataName = "meta.json"

    static func write(_ source: SourceFile, number: Int, message: String, to repository: Repository) throws -> OID {
        let originalID = try repository.createBlob(source.bytes)
        let text = Data(source.decoded.text.utf8)
        // A UTF-8 original is its own text; libgit2 would hash and compress the same bytes again
        // before finding the object already stored (issue 19: a quarter of the commit's zlib work).
        let textID = text == source.bytes ? originalID : try repository.createBlob(text)
        let metadata = RevisionMetadata(
            message: message, sourceName: source.name, encoding: source.decoded.encoding,
            size: source.bytes.count, lines: source.decoded.lineCount, pages: source.decoded.pdf?.pageCount,
            originalBlob: originalID.hex, revision: number
        )
        let metadataID = try repository.createBlob(try metadata.encoded())
        return try repository.createTree([
            TreeEntry(name: originalName, id: originalID),
            TreeEntry(name: textName, id: textID),
            TreeEntry(name: metadataName, id: metadataID),
        ])
    }

    static func blobID(_ name: String, in commit: Commit, of repository: Repository) throws -> OID {
        guard let entry = try repository.tree(commit.treeID).entry(named: name) else {
            throw AuditStoreError.damagedRevision(commitID: commit.id.hex, reason: "its tree has no \(name)")
        }
        return entry.id
    }

    static func read(_ name: String, in commit: Commit, of repository: Repository) throws -> Data {
        try repository.blob(try blobID(name, in: commit, of: repository)).data
    }

    static func metadata(of commit: Commit, in repository: Repository) throws -> RevisionMetadata {
        let data = try read(metadataName, in: commit, of: repository)
        do {
            return try RevisionMetadata.decoded(from: data)
        } catch {
            throw AuditStoreError.damagedRevision(commitID: commit.id.hex, reason: "unreadable \(metadataName)")
        }
    }
}
