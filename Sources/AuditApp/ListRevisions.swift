import AuditStore

/// `audit log`: the revisions of one version, or of every version, oldest first.
public struct ListRevisions {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func run(_ version: String? = nil) throws -> [Revision] {
        let versions = try version.map { [$0] } ?? workspace.versions()
        return try versions.flatMap(workspace.revisions(of:))
    }
}
