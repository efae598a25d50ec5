import AuditStore
import Foundation
import Localization
import Git

/// One exchange with a remote, made by the holder of the writer lock: its refs fetched into
/// the staging namespace (never into local refs), and checked to be an audit store's.
struct RemoteContact {
    let workspace: Workspace
    let repository: Repository
    let remote: Remote

    /// Fetches the remote's versions, findings records and triage ledger into staging; returns
    /// the staged tips by the local ref each stands for.
    func fetch() throws -> [String: OID] {
        try workspace.removeStaleLocks(of: ["packed-refs"], under: SyncReferences.stagingPrefix(remote.name))
        do {
            try remote.fetch(refspecs: SyncReferences.fetchRefspecs(remote.name), prune: true)
        } catch let error as GitError {
            throw SyncError.unreachable(remote: remote.name, url: remote.url, reason: error.message)
        }
        let staged = try stagedReferences()
        do {
            try checkAuditStore(staged)
        } catch {
            // What a foreign repository's refs would otherwise leave staged for `audit status`.
            try staged.keys.forEach { try repository.deleteReference(SyncReferences.staged($0, remote: remote.name)) }
            throw error
        }
        return staged
    }

    /// The staged tips as the last fetch or push left them.
    func stagedReferences() throws -> [String: OID] {
        var staged: [String: OID] = [:]
        for name in try repository.referenceNames(matching: SyncReferences.stagingPrefix(remote.name) + "*") {
            staged[SyncReferences.local(name, remote: remote.name)] = try repository.referenceTarget(name)
        }
        return staged
    }

    /// Every branch must be a report version: a label `audit` accepts whose tip is a revision.
    private func checkAuditStore(_ staged: [String: OID]) throws {
        for (name, tip) in staged.sorted(by: { $0.key < $1.key }) where name.hasPrefix(SyncReferences.heads) {
            let version = String(name.dropFirst(SyncReferences.heads.count))
            do {
                try VersionLabel.validate(version)
                try workspace.checkIsRevision(tip)
            } catch {
                throw SyncError.notAnAuditStore(remote: remote.name, url: remote.url, branch: version, cause: (error as? LocalizedFailure)?.wording ?? .same("\(error)"))
            }
        }
    }
}

/// The local refs that travel: versions, findings records, the triage ledger.
extension Repository {
    func travellingReferences() throws -> [String: OID] {
        var references: [String: OID] = [:]
        for glob in [SyncReferences.heads + "*", SyncReferences.findings + "*", SyncReferences.triage] {
            for name in try referenceNames(matching: glob) { references[name] = try referenceTarget(name) }
        }
        return references
    }
}
