import CLibgit2

extension Repository {
    /// Whether the object database holds `id`, without reading or inflating it.
    public func containsObject(_ id: OID) throws -> Bool {
        var database: OpaquePointer?
        try GitError.check(git_repository_odb(&database, pointer), "open the object database")
        defer { git_odb_free(database) }
        var raw = id.raw
        return git_odb_exists(database, &raw) == 1
    }
}
