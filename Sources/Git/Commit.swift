import CLibgit2

/// A commit read from the repository.
public final class Commit {
    let pointer: OpaquePointer
    // The commit's memory belongs to the repository's object cache; keep the repository alive.
    private let repository: Repository

    init(_ pointer: OpaquePointer, in repository: Repository) {
        self.pointer = pointer
        self.repository = repository
    }

    deinit {
        git_commit_free(pointer)
    }

    public var id: OID { OID(git_commit_id(pointer)) }
    public var treeID: OID { OID(git_commit_tree_id(pointer)) }
    public var message: String { String(cString: git_commit_message(pointer)) }

    public var parentIDs: [OID] {
        (0..<git_commit_parentcount(pointer)).compactMap { index in
            git_commit_parent_id(pointer, index).map(OID.init)
        }
    }

    public func author() throws -> Signature {
        try Signature.copy(of: git_commit_author(pointer))
    }

    public func committer() throws -> Signature {
        try Signature.copy(of: git_commit_committer(pointer))
    }
}

extension Repository {
    public func commit(_ id: OID) throws -> Commit {
        try checkLooseObject(id)
        var raw = id.raw
        var commit: OpaquePointer?
        try GitError.check(git_commit_lookup(&commit, pointer, &raw), "read commit \(id)")
        return Commit(commit!, in: self)
    }

    /// Writes a commit object without moving any ref; publishing it is a separate, atomic ref update.
    public func createCommit(
        tree treeID: OID, parents parentIDs: [OID],
        author: Signature, committer: Signature, message: String
    ) throws -> OID {
        let tree = try self.tree(treeID)
        let parents = try parentIDs.map(commit)
        var parentPointers: [OpaquePointer?] = parents.map(\.pointer)
        var id = git_oid()
        let result = parentPointers.withUnsafeMutableBufferPointer { buffer in
            git_commit_create(
                &id, pointer, nil, author.pointer, committer.pointer, nil, message,
                tree.pointer, buffer.count, buffer.baseAddress
            )
        }
        try GitError.check(result, "write commit")
        return OID(id)
    }
}
