import CLibgit2

extension Repository {
    /// Whether `name` (a full name such as `refs/heads/2021`) is a well-formed git ref name.
    public static func isValidReferenceName(_ name: String) throws -> Bool {
        try Libgit2.ensureInitialised()
        var valid: Int32 = 0
        try GitError.check(git_reference_name_is_valid(&valid, name), "check ref name '\(name)'")
        return valid == 1
    }

    /// The commit a direct or symbolic ref resolves to, or nil when the ref does not exist.
    public func referenceTarget(_ name: String) throws -> OID? {
        var id = git_oid()
        let result = git_reference_name_to_id(&id, pointer, name)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try GitError.check(result, "read ref \(name)")
        return OID(id)
    }

    /// Creates `name`; fails with `.exists` if another writer created it first.
    public func createReference(_ name: String, target: OID, logMessage: String) throws {
        var id = target.raw
        var reference: OpaquePointer?
        try GitError.check(
            git_reference_create(&reference, pointer, name, &id, 0, logMessage),
            "create ref \(name)"
        )
        git_reference_free(reference)
    }

    /// Compare-and-swap: moves `name` to `target` only if it still points at `expected`;
    /// fails with `.modified` if another writer moved it, `.locked` if one holds its lock file.
    public func updateReference(_ name: String, target: OID, expected: OID, logMessage: String) throws {
        var id = target.raw
        var current = expected.raw
        var reference: OpaquePointer?
        try GitError.check(
            git_reference_create_matching(&reference, pointer, name, &id, 1, &current, logMessage),
            "update ref \(name)"
        )
        git_reference_free(reference)
    }

    /// Full names of the refs matching a glob such as `refs/heads/*`.
    public func referenceNames(matching glob: String) throws -> [String] {
        var iterator: OpaquePointer?
        try GitError.check(git_reference_iterator_glob_new(&iterator, pointer, glob), "list refs \(glob)")
        defer { git_reference_iterator_free(iterator) }
        var names: [String] = []
        var name: UnsafePointer<CChar>?
        while true {
            let result = git_reference_next_name(&name, iterator)
            if result == GIT_ITEROVER.rawValue { return names }
            try GitError.check(result, "list refs \(glob)")
            names.append(String(cString: name!))
        }
    }

    /// True while HEAD names a branch that has no commit yet, as in a new repository.
    public var isHeadUnborn: Bool {
        get throws { try GitError.check(git_repository_head_unborn(pointer), "read HEAD") == 1 }
    }

    /// Points HEAD at an existing branch, so clones check that branch out.
    public func setHead(_ referenceName: String) throws {
        try GitError.check(git_repository_set_head(pointer, referenceName), "point HEAD at \(referenceName)")
    }
}
