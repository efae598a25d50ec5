import CLibgit2

extension Repository {
    /// Fails when `id` is a loose object whose file is not one complete zlib stream. libgit2
    /// would loop forever reading it (see `audit_zlib_file_is_complete`), so every object is
    /// checked before libgit2 is asked for it; packed objects and absent ones pass through.
    func checkLooseObject(_ id: OID) throws {
        let hex = id.hex
        let path = gitDirectory.appendingPathComponent("objects/\(hex.prefix(2))/\(hex.dropFirst(2))").path
        if audit_zlib_file_is_complete(path) == 0 {
            throw GitError(operation: "read object \(hex)", message: "its loose object file is truncated or damaged")
        }
    }
}
