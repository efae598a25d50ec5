import AuditStore
import Foundation
import Localization
import Git

/// `audit push`: sends the versions, findings records and triage ledger the remote lacks.
/// It first fetches, and refuses (changing nothing anywhere) when the remote holds revisions
/// or decisions this workspace lacks: `audit pull` merges them, and the push after it is a
/// fast-forward. Refs are pushed without `+`, so a push racing another one is refused by the
/// transport rather than overwriting it.
public struct PushToRemote {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// The refs pushed, by local name, each with the commits it sent.
    public func push(_ name: String) throws -> [(reference: String, commits: Int)] {
        let repository = try Repository.openBare(at: workspace.storeDirectory)
        let remote = try ManageRemotes.remote(name, in: repository)
        return try workspace.withWriterLock(updating: []) {
            let staged = try RemoteContact(workspace: workspace, repository: repository, remote: remote).fetch()
            let local = try repository.travellingReferences()
            var behind: [LocalizedText] = []
            var changed: [(reference: String, tip: OID, commits: Int)] = []
            for (reference, tip) in local.sorted(by: { SyncStatus.displayOrder($0.key, $1.key) }) where staged[reference] != tip {
                guard let theirs = staged[reference] else {
                    changed.append((reference, tip, try SyncStatus.commits(from: tip, in: repository)))
                    continue
                }
                guard try repository.isDescendant(tip, of: theirs) else {
                    behind.append(SyncStatus.label(reference))
                    continue
                }
                changed.append((reference, tip, try repository.aheadBehind(tip, theirs).ahead))
            }
            guard behind.isEmpty else { throw SyncError.behindRemote(remote: name, references: behind) }
            guard !changed.isEmpty else { return [] }
            let refused: [(reference: String, reason: String)]
            do {
                refused = try remote.push(refspecs: changed.map { "\($0.reference):\($0.reference)" })
            } catch let error as GitError {
                throw SyncError.refused(remote: name, references: changed.map { SyncStatus.label($0.reference) }, reason: error.message)
            }
            if let first = refused.first {
                throw SyncError.refused(remote: name, references: [SyncStatus.label(first.reference)], reason: first.reason)
            }
            try workspace.removeStaleLocks(of: [], under: SyncReferences.stagingPrefix(name))
            for change in changed {
                try repository.setReference(SyncReferences.staged(change.reference, remote: name), target: change.tip, logMessage: "audit push \(name)")
            }
            return changed.map { ($0.reference, $0.commits) }
        }
    }
}
