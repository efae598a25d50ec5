import CLibgit2
import Foundation

extension Repository {
    /// Whether git accepts `name` (e.g. `2021`) as a branch name: a well-formed `refs/heads/<name>`
    /// that is not `HEAD` and does not start with `-`.
    public static func isValidBranchName(_ name: String) throws -> Bool {
        try Libgit2.ensureInitialised()
        var valid: Int32 = 0
        try GitError.check(git_branch_name_is_valid(&valid, name), "check branch name '\(name)'")
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

/// What a ref holds, read without following it.
public enum ReferenceValue: Equatable {
    case direct(OID)
    /// `ref: <name>`: the ref stands for another one.
    case symbolic(String)
}

extension Repository {
    /// The ref's own value, not followed when symbolic; nil when it does not exist.
    public func referenceValue(_ name: String) throws -> ReferenceValue? {
        var reference: OpaquePointer?
        let result = git_reference_lookup(&reference, pointer, name)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try GitError.check(result, "read ref \(name)")
        defer { git_reference_free(reference) }
        if git_reference_type(reference) == GIT_REFERENCE_SYMBOLIC {
            return .symbolic(String(cString: git_reference_symbolic_target(reference)))
        }
        guard let target = git_reference_target(reference) else {
            throw GitError(operation: "read ref \(name)", message: "it has no target")
        }
        return .direct(OID(target))
    }

    /// The loose refs under `prefix` (e.g. `refs/heads/`) that cannot be read, each with
    /// libgit2's reason. libgit2's ref iterators skip a file they cannot parse without a word,
    /// so an empty or overwritten ref would vanish from every listing; listing the files is the
    /// only way to notice it.
    public func unreadableLooseReferences(under prefix: String) -> [(name: String, reason: String)] {
        let directory = gitDirectory.appendingPathComponent(prefix, isDirectory: true)
        guard let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var unreadable: [(name: String, reason: String)] = []
        for case let file as URL in files where file.pathExtension != "lock" {
            guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let name = prefix + String(file.standardizedFileURL.path.dropFirst(directory.standardizedFileURL.path.count + 1))
            var reference: OpaquePointer?
            let result = git_reference_lookup(&reference, pointer, name)
            if result < 0 {
                unreadable.append((name, GitError(code: result, operation: "read ref \(name)").message))
            }
            git_reference_free(reference)
        }
        return unreadable.sorted { $0.name < $1.name }
    }
}

extension Repository {
    /// Points `name` at `target` whatever it held: for refs only this process writes, such as
    /// a remote's staged copies.
    public func setReference(_ name: String, target: OID, logMessage: String) throws {
        var id = target.raw
        var reference: OpaquePointer?
        try GitError.check(git_reference_create(&reference, pointer, name, &id, 1, logMessage), "set ref \(name)")
        git_reference_free(reference)
    }
}
