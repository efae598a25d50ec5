import AuditStore
import Foundation
import Git

/// A ref whose history is a chain of commits, each with a flat tree of files, that only ever
/// grows: findings records and the triage ledger. Appending reads the tip, builds the new
/// files from it and moves the ref by compare-and-swap, all under the workspace writer lock,
/// so a killed writer leaves the ref where it was and a concurrent one is never overwritten:
/// a change built from an older tip would silently drop what was appended since.
struct AppendOnlyReference {
    static let attempts = 5

    let name: String
    let repository: Repository

    var tip: OID? {
        get throws { try repository.referenceTarget(name) }
    }

    /// The files of the tip's tree; none when the ref does not exist yet.
    func files() throws -> [TreeEntry] {
        try files(at: tip)
    }

    func read(_ file: String) throws -> Data? {
        try read(file, at: tip)
    }

    /// The ref's commits over all parents, newest first: a commit always before its parents,
    /// and of the commits ready to go next, the later one (by author time) first.
    func history() throws -> [Commit] {
        var commits: [OID: Commit] = [:]
        for id in try reachable(from: tip) { commits[id] = try repository.commit(id) }
        var children: [OID: Int] = [:]
        for commit in commits.values { for parent in commit.parentIDs { children[parent, default: 0] += 1 } }
        var ready = commits.values.filter { children[$0.id, default: 0] == 0 }
        var ordered: [Commit] = []
        while !ready.isEmpty {
            let next = ready.indices.max { Self.authored(ready[$0]) < Self.authored(ready[$1]) }!
            let commit = ready.remove(at: next)
            ordered.append(commit)
            for parent in commit.parentIDs {
                children[parent, default: 0] -= 1
                if children[parent] == 0, let parentCommit = commits[parent] { ready.append(parentCommit) }
            }
        }
        return ordered
    }

    private static func authored(_ commit: Commit) -> (Date, String) {
        ((try? commit.author().date) ?? .distantPast, commit.id.hex)
    }

    /// Commits the files `changes` returns written over the tip's. `changes` is called under
    /// the lock with a reader of the tip it will be compared against, again after each lost
    /// compare-and-swap; when it returns nil nothing is written. Returns whether a commit was made.
    @discardableResult
    func append(
        message: String, author: Signature, in workspace: Workspace,
        _ changes: (_ readAtTip: (String) throws -> Data?) throws -> [String: Data]?
    ) throws -> Bool {
        try workspace.withWriterLock(updating: [name]) {
            for _ in 1...Self.attempts {
                let parent = try tip
                guard let files = try changes({ try read($0, at: parent) }) else { return false }
                let commit = try writeCommit(files, parent: parent, message: message, author: author)
                do {
                    try move(from: parent, to: commit)
                    return true
                } catch let error as GitError where [.modified, .exists, .locked].contains(error.kind) {
                    usleep(20_000)
                }
            }
            throw AuditStoreError.busy
        }
    }

    private func writeCommit(_ changes: [String: Data], parent: OID?, message: String, author: Signature) throws -> OID {
        var entries = Dictionary(uniqueKeysWithValues: try files(at: parent).map { ($0.name, $0.id) })
        for (file, data) in changes {
            entries[file] = try repository.createBlob(data)
        }
        let tree = try repository.createTree(entries.map { TreeEntry(name: $0.key, id: $0.value) })
        return try repository.createCommit(
            tree: tree, parents: parent.map { [$0] } ?? [], author: author, committer: author, message: message
        )
    }

    /// One entry looked up by name: a findings tree holds a file per recorded revision, and
    /// listing them all would cost `audit findings` in proportion to the history.
    private func read(_ file: String, at commit: OID?) throws -> Data? {
        guard let commit, let entry = try repository.tree(repository.commit(commit).treeID).entry(named: file) else { return nil }
        return try repository.blob(entry.id).data
    }

    private func files(at commit: OID?) throws -> [TreeEntry] {
        guard let commit else { return [] }
        return try repository.tree(repository.commit(commit).treeID).entries
    }

    private func move(from parent: OID?, to commit: OID) throws {
        if let parent {
            try repository.updateReference(name, target: commit, expected: parent, logMessage: Self.reflogMessage)
        } else {
            try repository.createReference(name, target: commit, logMessage: Self.reflogMessage)
        }
    }

    private static let reflogMessage = "audit: append"
}
