import Foundation
import Git

/// Merging another store's revisions of a version into ours. A revision is never rewritten:
/// when both sides committed revisions after a common one, both sides' revisions are kept in
/// the order they were committed (author time, then author), and each one that no longer
/// follows its own parent is re-committed as the next revision: same original and text, its
/// number and message saying so in `meta.json` and the commit message, the original commit
/// kept as its second parent so that the result descends from both tips (a push of it is a
/// fast-forward). Only objects are written here; moving the branch is the caller's
/// compare-and-swap.
extension Workspace {
    public func mergeVersion(_ version: String, ours: OID?, theirs: OID, committer: Signature, from source: String) throws -> VersionMerge {
        let arriving = try firstParents(from: theirs, notReachableFrom: ours)
        try arriving.forEach(checkIsRevision)
        guard let ours, !arriving.isEmpty else {
            return VersionMerge(version: version, tip: ours == nil ? theirs : nil, arrived: arriving.count, rebased: [])
        }
        if try repository.isDescendant(theirs, of: ours) {
            return VersionMerge(version: version, tip: theirs, arrived: arriving.count, rebased: [])
        }
        let ordered = Self.interleaved(try firstParents(from: ours, notReachableFrom: theirs), arriving)
        var tip = ordered.first?.parentIDs.first
        var rebased: [RebasedRevision] = []
        for commit in ordered {
            if commit.parentIDs.first == tip {
                tip = commit.id
                continue
            }
            let recommitted = try recommit(commit, version: version, after: tip, committer: committer, from: source)
            rebased.append(recommitted)
            tip = try OID(hex: recommitted.commitID)
        }
        guard let tip, try repository.holds(ours, in: tip), try repository.holds(theirs, in: tip) else {
            throw AuditStoreError.damagedRevision(commitID: theirs.hex, reason: "its history cannot be merged with \(ours.hex)")
        }
        return VersionMerge(version: version, tip: tip, arrived: arriving.count, rebased: rebased)
    }

    /// Fails unless `commit` is a revision as `commit` writes them: its tree has the original,
    /// the text and a readable `meta.json`.
    func checkIsRevision(_ commit: Commit) throws {
        _ = try RevisionTree.blobID(RevisionTree.originalName, in: commit, of: repository)
        _ = try RevisionTree.blobID(RevisionTree.textName, in: commit, of: repository)
        _ = try RevisionTree.metadata(of: commit, in: repository)
    }

    /// First-parent commits from `tip` back to the first one `other` reaches, oldest first.
    private func firstParents(from tip: OID, notReachableFrom other: OID?) throws -> [Commit] {
        var commits: [Commit] = []
        var next: OID? = tip
        while let id = next {
            if let other, try repository.holds(id, in: other) { break }
            let commit = try repository.commit(id)
            commits.append(commit)
            next = commit.parentIDs.first
        }
        return commits.reversed()
    }

    /// Both sides' revisions in the order they were committed, each side's own order kept.
    private static func interleaved(_ ours: [Commit], _ theirs: [Commit]) -> [Commit] {
        var merged: [Commit] = []
        var left = ours[...]
        var right = theirs[...]
        while let first = left.first, let second = right.first {
            if committedBefore(second, first) {
                merged.append(second)
                right = right.dropFirst()
            } else {
                merged.append(first)
                left = left.dropFirst()
            }
        }
        return merged + left + right
    }

    private static func committedBefore(_ one: Commit, _ other: Commit) -> Bool {
        guard let a = try? one.author(), let b = try? other.author() else { return false }
        if a.date != b.date { return a.date < b.date }
        return (a.name, a.email) < (b.name, b.email)
    }

    private func recommit(_ commit: Commit, version: String, after parent: OID?, committer: Signature, from source: String) throws -> RebasedRevision {
        var metadata = try RevisionTree.metadata(of: commit, in: repository)
        let originalNumber = metadata.revision
        let number = try parent.map { try revisionNumber(of: repository.commit($0)) + 1 } ?? 1
        let note = "re-committed by audit pull from \(source): committed concurrently as revision \(originalNumber)"
            + " (commit \(commit.id.hex.prefix(10))), after revision \(number - 1) of the merged history"
        metadata.revision = number
        var lines = metadata.message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[0] += " [\(note)]"
        metadata.message = lines.joined(separator: "\n")
        let tree = try repository.tree(commit.treeID)
        var entries = tree.entries.filter { $0.name != RevisionTree.metadataName }
        entries.append(TreeEntry(name: RevisionTree.metadataName, id: try repository.createBlob(try metadata.encoded())))
        let body = commit.message.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().first.map(String.init) ?? ""
        let message = "\(version) revision \(number): \(lines[0])\n" + body
        let id = try repository.createCommit(
            tree: try repository.createTree(entries), parents: [parent, commit.id].compactMap { $0 },
            author: try commit.author(), committer: committer, message: message
        )
        return RebasedRevision(version: version, originalCommitID: commit.id.hex, originalNumber: originalNumber, commitID: id.hex, number: number)
    }
}

extension Workspace {
    /// Fails unless the commit `id` is a revision of a version (a tree with the original, the
    /// text and a readable `meta.json`): how a store tells another audit store from any git repository.
    public func checkIsRevision(_ id: OID) throws {
        try checkIsRevision(repository.commit(id))
    }
}
