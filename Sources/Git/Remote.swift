import CLibgit2
import Foundation

/// A remote of the repository, as its configuration names it; frees the libgit2 handle when released.
public final class Remote {
    let pointer: OpaquePointer
    // A remote borrows the repository it was looked up in.
    private let repository: Repository

    init(_ pointer: OpaquePointer, in repository: Repository) {
        self.pointer = pointer
        self.repository = repository
    }

    deinit {
        git_remote_free(pointer)
    }

    public var name: String { git_remote_name(pointer).map { String(cString: $0) } ?? "" }
    public var url: String { git_remote_url(pointer).map { String(cString: $0) } ?? "" }
}

extension Repository {
    /// Whether git accepts `name` as a remote's name.
    public static func isValidRemoteName(_ name: String) throws -> Bool {
        try Libgit2.ensureInitialised()
        var valid: Int32 = 0
        try GitError.check(git_remote_name_is_valid(&valid, name), "check remote name '\(name)'")
        return valid == 1
    }

    /// Adds remote `name` to the configuration; fails with `.exists` when it is there already.
    @discardableResult
    public func createRemote(named name: String, url: String, fetchRefspec: String) throws -> Remote {
        var remote: OpaquePointer?
        try GitError.check(git_remote_create_with_fetchspec(&remote, pointer, name, url, fetchRefspec), "add remote \(name)")
        return Remote(remote!, in: self)
    }

    /// The remote called `name`, or nil when the configuration has none.
    public func remote(named name: String) throws -> Remote? {
        var remote: OpaquePointer?
        let result = git_remote_lookup(&remote, pointer, name)
        if result == GIT_ENOTFOUND.rawValue || result == GIT_EINVALIDSPEC.rawValue { return nil }
        try GitError.check(result, "read remote \(name)")
        return Remote(remote!, in: self)
    }

    /// The configured remotes' names, sorted.
    public func remoteNames() throws -> [String] {
        var names = git_strarray()
        try GitError.check(git_remote_list(&names, pointer), "list remotes")
        defer { git_strarray_dispose(&names) }
        return (0..<names.count).compactMap { names.strings[$0].map { String(cString: $0) } }.sorted()
    }
}
