import CLibgit2
import Foundation

/// An open git repository; frees the libgit2 handle when released.
public final class Repository {
    let pointer: OpaquePointer

    private init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        git_repository_free(pointer)
    }

    /// Opens the bare repository at exactly `directory`, without searching parent directories.
    public static func openBare(at directory: URL) throws -> Repository {
        try Libgit2.ensureInitialised()
        var handle: OpaquePointer?
        try GitError.check(
            git_repository_open_bare(&handle, directory.path),
            "open repository \(directory.path)"
        )
        return Repository(handle!)
    }

    /// Creates a bare repository at `directory`; on an existing repository this reinitialises it,
    /// which keeps its objects and refs.
    public static func initBare(at directory: URL) throws -> Repository {
        try Libgit2.ensureInitialised()
        var handle: OpaquePointer?
        try GitError.check(
            git_repository_init(&handle, directory.path, 1),
            "create repository \(directory.path)"
        )
        return Repository(handle!)
    }

    /// The repository's git directory.
    public var gitDirectory: URL {
        URL(fileURLWithPath: String(cString: git_repository_path(pointer)), isDirectory: true)
    }

    public var isBare: Bool {
        git_repository_is_bare(pointer) == 1
    }
}
