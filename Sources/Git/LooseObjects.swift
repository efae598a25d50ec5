import CLibgit2

extension Repository {
    /// Fails when `id` is a loose object whose file is not one complete zlib stream. libgit2
    /// would loop forever reading it (see `audit_zlib_file_is_complete`), so every object is
    /// checked before libgit2 is asked for it; packed objects and absent ones pass through.
    func checkLooseObject(_ id: OID) throws {
        let hex = id.hex
        // git_repository_path ends with a slash. Built as a string: a Foundation URL costs more
        // than the check itself, which `audit log` pays for every object of every revision.
        let path = String(cString: git_repository_path(pointer)) + "objects/" + hex.prefix(2) + "/" + hex.dropFirst(2)
        if audit_zlib_file_is_complete(path) == 0 {
            throw GitError(operation: "read object \(hex)", message: "its loose object file is truncated or damaged")
        }
    }
}
