import Git

/// Each version's branch as the store holds it. A branch that cannot be read is an error naming
/// it, from every command: silently leaving it out would make a version look as if it never existed.
extension Workspace {
    /// The commit `version`'s branch points at; nil when there is no such branch.
    func branchTip(of version: String) throws -> OID? {
        let name = VersionLabel.referenceName(version)
        let value: ReferenceValue?
        do {
            value = try repository.referenceValue(name)
        } catch let error as GitError {
            throw AuditStoreError.brokenBranch(version: version, reference: name, reason: error.message)
        }
        switch value {
        case nil:
            return nil
        case .symbolic(let target):
            throw AuditStoreError.brokenBranch(
                version: version, reference: name, reason: "it is a symbolic ref to \(target), not a branch of its own"
            )
        case .direct(let id):
            guard try repository.containsObject(id) else {
                throw AuditStoreError.brokenBranch(version: version, reference: name, reason: "it points at \(id.hex), which is not in the store")
            }
            return id
        }
    }

    /// Fails naming the first branch that cannot be read: a file libgit2 cannot parse (which its
    /// listings skip), a symbolic ref, or one naming a commit the store does not have.
    func checkBranchesReadable() throws {
        if let broken = repository.unreadableLooseReferences(under: VersionLabel.branchPrefix).first {
            throw AuditStoreError.brokenBranch(
                version: String(broken.name.dropFirst(VersionLabel.branchPrefix.count)), reference: broken.name, reason: broken.reason
            )
        }
        for name in try repository.referenceNames(matching: VersionLabel.branchPrefix + "*") {
            _ = try branchTip(of: String(name.dropFirst(VersionLabel.branchPrefix.count)))
        }
    }
}
