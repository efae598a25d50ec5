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

    /// One department's versions, each with its rows in a history index's format (see
    /// `Workspace.historyRows`); `department` is nil for versions without one (`2021`).
    public struct IndexedGroup {
        public var department: String?
        public var versions: [(label: String, rows: HistoryRows)]
    }

    /// The versions by department, each with its rows (`audit log`'s lines, read from the index
    /// kept per branch tip): versions without a department first, then each department in the
    /// order of its name, its versions in natural order within it.
    public func grouped(_ version: String? = nil, format: some HistoryRowFormat) throws -> [IndexedGroup] {
        var groups: [IndexedGroup] = []
        for label in try version.map { [$0] } ?? workspace.versions() {
            let rows = (label, try workspace.historyRows(of: label, format: format))
            let department = VersionLabel.parts(of: label).department
            if let index = groups.firstIndex(where: { $0.department == department }) {
                groups[index].versions.append(rows)
            } else {
                groups.append(IndexedGroup(department: department, versions: [rows]))
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
