import Git

extension Workspace {
    /// Reads what a writer will need before it writes anything: HEAD, the configuration and the
    /// refs (packed-refs included). libgit2 reads each lazily, so a damaged one would otherwise
    /// fail a writer only after it had written its objects.
    func checkWritable() throws {
        // Resolving HEAD, not only reading it: a commit reads where it points after moving its branch.
        try check("HEAD") { _ = try repository.isHeadUnborn }
        try check("config") { try repository.checkConfiguration() }
        try check("packed-refs") { _ = try repository.referenceNames(matching: "refs/*") }
    }

    private func check(_ file: String, _ read: () throws -> Void) throws {
        do {
            try read()
        } catch let error as GitError {
            throw AuditStoreError.damagedStore(path: "\(Self.storeDirectoryName)/\(file)", reason: error.message)
        }
    }
}
