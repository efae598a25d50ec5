import CLibgit2

/// libgit2 must be initialised once per process before any other call.
enum Libgit2 {
    private static let setUpFailure: GitError? = {
        let initialised = git_libgit2_init()
        if initialised < 0 { return GitError(code: initialised, operation: "initialise libgit2") }
        // A ref must never name an object that did not reach the disk: without fsync a power
        // loss right after a ref update can leave the ref pointing at a truncated object.
        let fsync = audit_git_enable_fsync_gitdir()
        if fsync < 0 { return GitError(code: fsync, operation: "enable fsync") }
        return nil
    }()

    static func ensureInitialised() throws {
        if let failure = setUpFailure { throw failure }
    }
}
