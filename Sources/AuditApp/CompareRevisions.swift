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
        let revisions = try workspace.resolve([old, new])
        let (before, after) = (revisions[0], revisions[1])
        let pair = try PairChanges.of(old: before, new: after, in: workspace, reading: ReportReading.configured(for: workspace))
        return DiffDocument(old: before.displayName, new: after.displayName, changes: pair.changes, oldPages: pair.oldPages, newPages: pair.newPages)
    }
}

extension Revision {
    /// "2021@2 (8be0d42)": the ref a reader can pass back to `audit show`.
    var displayName: String {
        "\(ref) (\(shortID))"
    }
}
