import Foundation
import Git
import Localization

extension Workspace {
    /// Version labels, i.e. the branches of the store, in natural order (`2', '10', '2021`).
    /// Other refs (notes, triage) are not versions.
    public func versions() throws -> [String] {
        try checkBranchesReadable()
        return try repository.referenceNames(matching: VersionLabel.branchPrefix + "*")
            .map { String($0.dropFirst(VersionLabel.branchPrefix.count)) }
            .sorted { $0.compare($1, options: .numeric) == .orderedAscending }
    }

    /// The revisions of `version`, oldest (number 1) first.
    public func revisions(of version: String) throws -> [Revision] {
        try checkBranchesReadable()
        guard let tip = try branchTip(of: version) else {
            throw AuditStoreError.unknownRef(version, known: try versions())
        }
        return try firstParentChain(from: tip).reversed().enumerated().map { index, commit in
            try revision(version: version, number: index + 1, commit: commit)
        }
    }

    /// The decoded UTF-8 text of a revision.
    public func text(of revision: Revision) throws -> String {
        let data = try RevisionTree.read(RevisionTree.textName, in: commit(of: revision), of: repository)
        guard let text = String(validating: data, as: UTF8.self) else {
            throw AuditStoreError.damagedRevision(commitID: revision.commitID, reason: "\(RevisionTree.textName) is not UTF-8")
        }
        return text
    }

    /// A file derived from the revision's text when it (or the same text) was committed, or nil
    /// when there is none of that name. A cached file that does not verify as derived from this
    /// text is removed with a warning and reads as none. The text itself must be in the store:
    /// a derived file never answers for a text that is gone.
    public func derivedFile(named name: String, of revision: Revision) throws -> Data? {
        let text = try storedTextID(of: revision)
        switch derivedFiles.read(name, text: text) {
        case .found(let data):
            return data
        case .missing:
            return nil
        case .rejected(let reason):
            warn(LocalizedText(
                en: "ignored \(derivedFiles.relativePath(name, text: text)) of \(revision.ref): \(reason); computed afresh from the text",
                zh: "忽略了 \(revision.ref) 的 \(derivedFiles.relativePath(name, text: text))：\(reason)；已根据文字重新计算"
            ))
            derivedFiles.remove(name, text: text)
            return nil
        }
    }

    /// The blob id of the revision's text, which must be in the store: a derived file never
    /// answers for a text that is gone.
    func storedTextID(of revision: Revision) throws -> OID {
        let text = try textBlobID(of: revision)
        guard try repository.containsObject(text) else {
            throw AuditStoreError.damagedRevision(commitID: revision.commitID, reason: "its \(RevisionTree.textName) blob \(text.hex) is missing from the store")
        }
        return text
    }

    /// The original bytes of a revision, exactly as committed.
    public func original(of revision: Revision) throws -> Data {
        try RevisionTree.read(RevisionTree.originalName, in: commit(of: revision), of: repository)
    }

    /// Commits from `tip` back to the root along first parents, newest first.
    func firstParentChain(from tip: OID) throws -> [Commit] {
        var chain = [try repository.commit(tip)]
        while let parent = chain.last?.parentIDs.first {
            chain.append(try repository.commit(parent))
        }
        return chain
    }

    /// The revision `commit` is.
    func revision(version: String, commit: Commit) throws -> Revision {
        try revision(version: version, number: revisionNumber(of: commit), commit: commit)
    }

    /// The latest revision of `version`, read from its tip alone.
    public func latestRevision(of version: String) throws -> Revision {
        guard let tip = try branchTip(of: version) else {
            throw AuditStoreError.unknownRef(version, known: try versions())
        }
        return try revision(version: version, commit: repository.commit(tip))
    }

    /// The depth of `commit` in its first-parent chain, as recorded in its `meta.json`.
    func revisionNumber(of commit: Commit) throws -> Int {
        try RevisionTree.metadata(of: commit, in: repository).revision
    }

    /// Revision `number` of a version whose latest revision is `latest`: walks back only the
    /// revisions after it.
    func revision(_ number: Int, before latest: Revision) throws -> Revision {
        var commit = try repository.commit(try OID(hex: latest.commitID))
        for _ in number..<latest.number {
            guard let parent = commit.parentIDs.first else {
                throw AuditStoreError.damagedRevision(commitID: commit.id.hex, reason: "its history is shorter than its number")
            }
            commit = try repository.commit(parent)
        }
        return try revision(version: latest.version, number: number, commit: commit)
    }

    func revision(version: String, number: Int, commit: Commit) throws -> Revision {
        let metadata = try RevisionTree.metadata(of: commit, in: repository)
        let author = try commit.author()
        return Revision(
            version: version, number: number, commitID: commit.id.hex,
            author: author.name, email: author.email, date: author.date, message: metadata.message,
            size: metadata.size, encoding: metadata.encoding.rawValue, sourceName: metadata.sourceName,
            lines: metadata.lines, pages: metadata.pages
        )
    }

    private func commit(of revision: Revision) throws -> Commit {
        try repository.commit(try OID(hex: revision.commitID))
    }
}

extension Workspace {
    /// Keeps `file` in the derived cache beside the revision's text, for a front end's own
    /// derived files (a rendered page); like every derived file it is safe to delete.
    public func storeDerivedFile(_ file: DerivedFile, of revision: Revision) throws {
        derivedFiles.store([file], text: try textBlobID(of: revision))
    }

    /// The id the revision's text is stored under, which keys its derived files: read from its
    /// tree rather than hashed again from the text.
    func textBlobID(of revision: Revision) throws -> OID {
        try RevisionTree.blobID(RevisionTree.textName, in: commit(of: revision), of: repository)
    }
}
