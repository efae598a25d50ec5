import Foundation
import Git

/// Joining another store's history of an append-only ref with ours: a merge commit whose
/// parents are both tips, or the tip that already holds the other, so nothing either side
/// appended is lost and a later push is a fast-forward.
extension AppendOnlyReference {
    /// Every commit reachable from `tip` over all parents, merges included.
    func reachable(from tip: OID?) throws -> Set<OID> {
        var seen: Set<OID> = []
        var pending = tip.map { [$0] } ?? []
        while let id = pending.popLast() {
            guard seen.insert(id).inserted else { continue }
            pending += try repository.commit(id).parentIDs
        }
        return seen
    }

    /// The commits `theirs` has and `ours` lacks, merges left out: what arrived.
    func arriving(ours: OID?, theirs: OID) throws -> [Commit] {
        let known = try reachable(from: ours)
        return try reachable(from: theirs).subtracting(known).map { try repository.commit($0) }.filter { $0.parentIDs.count < 2 }
    }

    /// How `ours` relates to `theirs` when no new tree is needed: the tip to move to, or nil
    /// when ours holds theirs already; `.diverged` when both have commits the other lacks.
    func fastForward(ours: OID?, theirs: OID) throws -> FastForward {
        guard let ours else { return .moveTo(theirs) }
        if try repository.holds(theirs, in: ours) { return .upToDate }
        if try repository.isDescendant(theirs, of: ours) { return .moveTo(theirs) }
        return .diverged
    }

    /// Writes a commit holding `files` whose parents are both tips (or the one that holds the other).
    func mergeCommit(_ files: [String: Data], ours: OID?, theirs: OID?, message: String, author: Signature) throws -> OID {
        var parents = [ours, theirs].compactMap { $0 }
        if let ours, let theirs {
            if try repository.holds(theirs, in: ours) { parents = [ours] }
            else if try repository.isDescendant(theirs, of: ours) { parents = [theirs] }
        }
        var entries: [TreeEntry] = []
        for (name, data) in files.sorted(by: { $0.key < $1.key }) {
            entries.append(TreeEntry(name: name, id: try repository.createBlob(data)))
        }
        return try repository.createCommit(
            tree: try repository.createTree(entries), parents: parents, author: author, committer: author, message: message
        )
    }

    /// The files of `commit`'s tree with their contents.
    func contents(at commit: OID?) throws -> [String: Data] {
        guard let commit else { return [:] }
        var files: [String: Data] = [:]
        for entry in try repository.tree(repository.commit(commit).treeID).entries {
            files[entry.name] = try repository.blob(entry.id).data
        }
        return files
    }
}

enum FastForward: Equatable {
    case upToDate
    case moveTo(OID)
    case diverged
}
