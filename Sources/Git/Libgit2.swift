import CLibgit2
import CLibgit2Init

/// libgit2 must be loaded and initialised once per process before any other call; it is done
/// when the first repository is opened, so commands that read no store never pay for it.
enum Libgit2 {
    private static let setUpFailure: GitError? = {
        if let failure = audit_libgit2_failure() {
            return GitError(operation: "libgit2", message: String(cString: failure))
        }
        // Without loading CA certificates: most commands open no network connection; the
        // first https transport loads them (Transfer.swift).
        let initialised = audit_git_init_without_certificates()
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
