import AuditStore

/// `audit log`: the revisions of one version, or of every version, oldest first.
public struct ListRevisions {
    /// One department's revisions; `department` is nil for versions without one (`2021`).
    public struct Group {
        public var department: String?
        public var revisions: [Revision]
    }

    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func run(_ version: String? = nil) throws -> [Revision] {
        let versions = try version.map { [$0] } ?? workspace.versions()
        return try versions.flatMap(workspace.revisions(of:))
    }

    /// The revisions by department: versions without one first, then each department in the
    /// order of its name, its versions in natural order within it.
    public func grouped(_ version: String? = nil) throws -> [Group] {
        var groups: [Group] = []
        for revision in try run(version) {
            let department = VersionLabel.parts(of: revision.version).department
            if let index = groups.firstIndex(where: { $0.department == department }) {
                groups[index].revisions.append(revision)
            } else {
                groups.append(Group(department: department, revisions: [revision]))
            }
        }
        return groups.sorted { first, second in
            switch (first.department, second.department) {
            case (nil, .some): true
            case (.some(let one), .some(let other)): one < other
            default: false
            }
        }
    }
}
