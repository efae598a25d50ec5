import AuditStore
import Foundation

/// `audit clone URL DIR`: a new workspace whose remote `origin` is URL, pulled once. When the
/// pull fails, what the clone created is removed again.
public enum CloneWorkspace {
    public static let remoteName = "origin"

    public static func clone(_ url: String, into directory: URL, committer: String?) throws -> (workspace: Workspace, report: PullReport) {
        let files = FileManager.default
        let existed = files.fileExists(atPath: directory.path)
        if existed, (try? files.contentsOfDirectory(atPath: directory.path).isEmpty) != true {
            throw SyncError.destinationNotEmpty(directory.relativePath)
        }
        do {
            let workspace = try Workspace.initialize(at: directory)
            try ManageRemotes(workspace: workspace).add(remoteName, url: url)
            let report = try PullFromRemote(workspace: workspace).pull(remoteName, committer: committer)
            return (workspace, report)
        } catch {
            if existed {
                try? files.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil).forEach { try files.removeItem(at: $0) }
            } else {
                try? files.removeItem(at: directory)
            }
            throw error
        }
    }
}
