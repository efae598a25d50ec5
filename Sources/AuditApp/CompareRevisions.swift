import AuditStore
import ReportDiff
import StoredReports

/// `audit diff`: what changed between two stored revisions.
public struct CompareRevisions {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func run(old: String, new: String) throws -> DiffDocument {
        let before = try workspace.resolve(old)
        let after = try workspace.resolve(new)
        let reports = try workspace.reports(of: [before, after], reading: ReportReading.configured(for: workspace))
        return DiffDocument(
            old: before.displayName, new: after.displayName, changes: ReportChanges(old: reports[0], new: reports[1]),
            oldPages: try workspace.pages(of: before), newPages: try workspace.pages(of: after)
        )
    }
}

extension Revision {
    /// "2021@2 (8be0d42)": the ref a reader can pass back to `audit show`.
    var displayName: String {
        "\(ref) (\(shortID))"
    }
}
