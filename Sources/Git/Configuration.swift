import CLibgit2

extension Repository {
    /// Parses the repository's configuration files. libgit2 reads them only when first needed,
    /// which for a writer is the reflog of its first ref update, after its objects are written.
    public func checkConfiguration() throws {
        var configuration: OpaquePointer?
        try GitError.check(git_repository_config_snapshot(&configuration, pointer), "read the configuration")
        git_config_free(configuration)
    }
}
