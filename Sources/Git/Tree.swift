import CLibgit2

/// A directory stored in git.
public final class Tree {
    let pointer: OpaquePointer
    // The tree's memory belongs to the repository's object cache; keep the repository alive.
    private let repository: Repository

    init(_ pointer: OpaquePointer, in repository: Repository) {
        self.pointer = pointer
        self.repository = repository
    }

    deinit {
        git_tree_free(pointer)
    }

    public var id: OID { OID(git_tree_id(pointer)) }

    public var entries: [TreeEntry] {
        (0..<git_tree_entrycount(pointer)).compactMap { index in
            git_tree_entry_byindex(pointer, index).map(Self.entry)
        }
    }

    public func entry(named name: String) -> TreeEntry? {
        git_tree_entry_byname(pointer, name).map(Self.entry)
    }

    private static func entry(_ raw: OpaquePointer) -> TreeEntry {
        TreeEntry(name: String(cString: git_tree_entry_name(raw)), id: OID(git_tree_entry_id(raw)))
    }
}

extension Repository {
    /// Writes a flat tree of regular files (mode 100644).
    public func createTree(_ entries: [TreeEntry]) throws -> OID {
        var builder: OpaquePointer?
        try GitError.check(git_treebuilder_new(&builder, pointer, nil), "start tree")
        defer { git_treebuilder_free(builder) }
        for entry in entries {
            var id = entry.id.raw
            try GitError.check(
                git_treebuilder_insert(nil, builder, entry.name, &id, GIT_FILEMODE_BLOB),
                "add '\(entry.name)' to tree"
            )
        }
        var id = git_oid()
        try GitError.check(git_treebuilder_write(&id, builder), "write tree")
        return OID(id)
    }

    public func tree(_ id: OID) throws -> Tree {
        try checkLooseObject(id)
        var raw = id.raw
        var tree: OpaquePointer?
        try GitError.check(git_tree_lookup(&tree, pointer, &raw), "read tree \(id)")
        return Tree(tree!, in: self)
    }
}
