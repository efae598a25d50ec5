import AuditStore
import Foundation
import Localization
import Git

/// `audit status`: for each remote, how each travelling ref compares with the remote's copy
/// as the last pull, push or fetch saw it.
public struct SyncStatus {
    public struct Comparison: Equatable {
        /// `2021`, `findings 2021` or `triage`.
        public let label: LocalizedText
        public let ahead: Int
        public let behind: Int
    }

    public struct RemoteState {
        public let name: String
        public let url: String
        /// The refs that differ; equal ones are only counted.
        public let differing: [Comparison]
        public let equal: Int
    }

    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// With `fetch`, each remote is fetched first (under the writer lock), so the counts are
    /// of now rather than of the last contact.
    public func remotes(fetch: Bool) throws -> [RemoteState] {
        let repository = try Repository.openBare(at: workspace.storeDirectory)
        return try repository.remoteNames().map { name in
            let remote = try ManageRemotes.remote(name, in: repository)
            let contact = RemoteContact(workspace: workspace, repository: repository, remote: remote)
            let staged = try fetch ? workspace.withWriterLock(updating: []) { try contact.fetch() } : contact.stagedReferences()
            return try state(of: remote, staged: staged, in: repository)
        }
    }

    private func state(of remote: Remote, staged: [String: OID], in repository: Repository) throws -> RemoteState {
        let local = try repository.travellingReferences()
        var differing: [Comparison] = []
        var equal = 0
        for name in Set(local.keys).union(staged.keys).sorted(by: Self.displayOrder) {
            switch (local[name], staged[name]) {
            case let (ours?, theirs?) where ours == theirs:
                equal += 1
            case let (ours?, theirs?):
                let counts = try repository.aheadBehind(ours, theirs)
                differing.append(Comparison(label: Self.label(name), ahead: counts.ahead, behind: counts.behind))
            case let (ours?, nil):
                differing.append(Comparison(label: Self.label(name), ahead: try Self.commits(from: ours, in: repository), behind: 0))
            case let (nil, theirs?):
                differing.append(Comparison(label: Self.label(name), ahead: 0, behind: try Self.commits(from: theirs, in: repository)))
            case (nil, nil):
                break
            }
        }
        return RemoteState(name: remote.name, url: remote.url, differing: differing, equal: equal)
    }

    /// `2021` for a version's branch, `findings 2021` (检查结果 2021), `triage` (审阅决定).
    public static func label(_ reference: String) -> LocalizedText {
        if reference.hasPrefix(SyncReferences.heads) { return .same(String(reference.dropFirst(SyncReferences.heads.count))) }
        if reference.hasPrefix(SyncReferences.findings) {
            let version = String(reference.dropFirst(SyncReferences.findings.count))
            return LocalizedText(en: "findings " + version, zh: "检查结果 " + version)
        }
        return reference == SyncReferences.triage ? LocalizedText(en: "triage", zh: "审阅决定") : .same(reference)
    }

    /// Versions first, then findings records, then the ledger; by name within each.
    static func displayOrder(_ one: String, _ other: String) -> Bool {
        let rank = { (name: String) in name.hasPrefix(SyncReferences.heads) ? 0 : name.hasPrefix(SyncReferences.findings) ? 1 : 2 }
        return (rank(one), one) < (rank(other), other)
    }

    /// Commits reachable from `tip`, all parents.
    static func commits(from tip: OID, in repository: Repository) throws -> Int {
        var seen: Set<OID> = []
        var pending = [tip]
        while let id = pending.popLast() {
            guard seen.insert(id).inserted else { continue }
            pending += try repository.commit(id).parentIDs
        }
        return seen.count
    }
}
