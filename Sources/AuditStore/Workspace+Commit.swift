import Foundation
import Git
import Glibc

extension Workspace {
    /// Compare-and-swap retries when a writer outside the workspace lock (e.g. `git push`
    /// into the store) moves the branch between our read and our update.
    static let publishAttempts = 5
    static let fallbackAuthor = AuthorIdentity(name: "audit", email: "audit@localhost")

    /// Stores `file` as the next revision of `version` and caches the files `deriving` computes
    /// from its decoded text. All input is validated before anything is written; then objects
    /// are written and the branch moved by compare-and-swap, so a crash at any point leaves
    /// either the previous revision or the new one. The derived files are computed and written
    /// last, and only for a new revision (content identical to the latest revision derives
    /// nothing): a crash before them leaves a revision whose readers compute them.
    public func commit(
        version: String, file: URL, message: String?, author: String?,
        deriving: (DecodedText) -> [DerivedFile] = { _ in [] }
    ) throws -> CommitOutcome {
        try VersionLabel.validate(version)
        let signature = try signature(for: author)
        let source = try SourceFile.load(file)
        let text = Self.normalisedMessage(message) ?? CommitMessage.defaultMessage(for: source)
        let outcome = try withWriterLock(updating: [VersionLabel.referenceName(version), "HEAD"]) {
            try publish(source, version: version, message: text, signature: signature)
        }
        if case .created(let revision) = outcome {
            derivedFiles.store(deriving(source.decoded), text: try textBlobID(of: revision))
        }
        return outcome
    }

    private func publish(_ source: SourceFile, version: String, message: String, signature: Signature) throws -> CommitOutcome {
        let branch = VersionLabel.referenceName(version)
        let originalID = try Repository.blobID(of: source.bytes)
        try checkNoClash(version)
        for _ in 1...Self.publishAttempts {
            let tip = try branchTip(of: version)
            if let tip, try latestOriginal(tip) == originalID {
                return .unchanged(try revision(version: version, commit: repository.commit(tip)))
            }
            let number = try tip.map { try revisionNumber(of: repository.commit($0)) + 1 } ?? 1
            let commitID = try writeCommit(
                source, version: version, number: number, message: message, parent: tip, signature: signature
            )
            do {
                try moveBranch(branch, from: tip, to: commitID)
            } catch let error as GitError where [.modified, .exists, .locked].contains(error.kind) {
                usleep(20_000)
                continue
            }
            try pointHeadIfUnborn(at: branch)
            return .created(try revision(version: version, number: number, commit: repository.commit(commitID)))
        }
        throw AuditStoreError.busy
    }

    /// `czj/2024` and a version `czj` cannot both exist: git keeps `refs/heads/czj` as a file and
    /// `refs/heads/czj/2024` as a file in the directory `czj`. Checked under the writer lock, so
    /// two commits cannot create both; refused before any object is written.
    private func checkNoClash(_ version: String) throws {
        if let department = VersionLabel.parts(of: version).department, try branchTip(of: department) != nil {
            throw AuditStoreError.versionLabelClash(version, existing: department)
        }
        let inside = try repository.referenceNames(matching: VersionLabel.referenceName(version) + "/*")
        if let existing = inside.first {
            throw AuditStoreError.versionLabelClash(version, existing: String(existing.dropFirst(VersionLabel.branchPrefix.count)))
        }
    }

    private func latestOriginal(_ tip: OID) throws -> OID {
        try RevisionTree.blobID(RevisionTree.originalName, in: repository.commit(tip), of: repository)
    }

    private func writeCommit(
        _ source: SourceFile, version: String, number: Int, message: String, parent: OID?, signature: Signature
    ) throws -> OID {
        let tree = try RevisionTree.write(source, number: number, message: message, to: repository)
        let text = CommitMessage.text(version: version, number: number, message: message, source: source)
        return try repository.createCommit(
            tree: tree, parents: parent.map { [$0] } ?? [], author: signature, committer: signature, message: text
        )
    }

    private func moveBranch(_ branch: String, from tip: OID?, to commitID: OID) throws {
        let log = "audit commit"
        if let tip {
            try repository.updateReference(branch, target: commitID, expected: tip, logMessage: log)
        } else {
            try repository.createReference(branch, target: commitID, logMessage: log)
        }
    }

    /// A new store's HEAD names a branch that never exists; pointing it at the first version
    /// lets `git clone` check something out.
    private func pointHeadIfUnborn(at branch: String) throws {
        if try repository.isHeadUnborn { try repository.setHead(branch) }
    }

    private func signature(for author: String?) throws -> Signature {
        if let author {
            let identity = try AuthorIdentity.parse(author)
            return try Signature.now(name: identity.name, email: identity.email)
        }
        // Machines without user.name/user.email in any git config are common; that is not an error.
        if let configured = try? Signature.default(for: repository) { return configured }
        return try Signature.now(name: Self.fallbackAuthor.name, email: Self.fallbackAuthor.email)
    }

    private static func normalisedMessage(_ message: String?) -> String? {
        guard let trimmed = message?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
