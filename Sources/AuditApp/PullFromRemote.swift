import AuditStore
import FindingsStore
import Foundation
import Git

/// `audit pull`: fetches a remote's versions, findings records and triage ledger into the
/// staging refs, merges each into ours (Workspace.mergeVersion, FindingsRecords.merge,
/// TriageLedger.merge write objects only), then moves the local refs by compare-and-swap,
/// all under the writer lock. Killed or failing before the last step, it leaves every local
/// ref as it was; the objects it wrote are unreferenced and harmless.
public struct PullFromRemote {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func pull(_ name: String, committer: String?) throws -> PullReport {
        let repository = try Repository.openBare(at: workspace.storeDirectory)
        let remote = try ManageRemotes.remote(name, in: repository)
        let signature = try workspace.signature(named: committer)
        return try workspace.withWriterLock(updating: ["HEAD"]) {
            let staged = try RemoteContact(workspace: workspace, repository: repository, remote: remote).fetch()
            let merger = Merger(workspace: workspace, repository: repository, signature: signature, source: name)
            let report = try merger.merge(staged, remote: remote)
            try workspace.updateReferences(merger.updates, logMessage: "audit pull \(name)")
            try pointHeadIfUnborn(repository)
            return report
        }
    }

    /// A fresh workspace's HEAD names no branch; pointing it at the first version lets `git clone` of the store check one out.
    private func pointHeadIfUnborn(_ repository: Repository) throws {
        guard try repository.isHeadUnborn, let first = try workspace.versions().first else { return }
        try repository.setHead(SyncReferences.heads + first)
    }
}

/// The merges of one pull and the ref updates they need.
private final class Merger {
    let workspace: Workspace
    let repository: Repository
    let signature: Signature
    let source: String
    private(set) var updates: [ReferenceUpdate] = []

    init(workspace: Workspace, repository: Repository, signature: Signature, source: String) {
        self.workspace = workspace
        self.repository = repository
        self.signature = signature
        self.source = source
    }

    func merge(_ staged: [String: OID], remote: Remote) throws -> PullReport {
        var versions: [VersionMerge] = []
        var rebased: [String: [RebasedRevision]] = [:]
        for (name, theirs) in staged.sorted(by: { $0.key < $1.key }) where name.hasPrefix(SyncReferences.heads) {
            let version = String(name.dropFirst(SyncReferences.heads.count))
            let ours = try repository.referenceTarget(name)
            let merge = try workspace.mergeVersion(version, ours: ours, theirs: theirs, committer: signature, from: source)
            if let tip = merge.tip { updates.append(ReferenceUpdate(name: name, from: ours, to: tip)) }
            if merge.arrived > 0 { versions.append(merge) }
            rebased[version] = merge.rebased
        }
        var findings: [FindingsMerge] = []
        let records = try FindingsRecords(workspace: workspace)
        let recordVersions = Set(staged.keys.filter { $0.hasPrefix(SyncReferences.findings) }.map { String($0.dropFirst(SyncReferences.findings.count)) })
            .union(rebased.filter { !$0.value.isEmpty }.keys)
        for version in recordVersions.sorted() {
            let name = StoreReferences.findings(of: version)
            let ours = try repository.referenceTarget(name)
            let merge = try records.merge(version, ours: ours, theirs: staged[name], rebased: rebased[version] ?? [], committer: signature, from: source)
            if let tip = merge.tip {
                updates.append(ReferenceUpdate(name: name, from: ours, to: tip))
                findings.append(merge)
            }
        }
        var triage: TriageMerge?
        if let theirs = staged[SyncReferences.triage] {
            let ours = try repository.referenceTarget(SyncReferences.triage)
            let merge = try TriageLedger(workspace: workspace).merge(ours: ours, theirs: theirs, committer: signature, from: source)
            if let tip = merge.tip {
                updates.append(ReferenceUpdate(name: SyncReferences.triage, from: ours, to: tip))
                triage = merge
            }
        }
        return PullReport(remote: source, url: remote.url, versions: versions, findings: findings, triage: triage)
    }
}
