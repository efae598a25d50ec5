import AuditStore
import CheckerKit
import FindingsModel
import FindingsStore
import Foundation
import StoredReports

/// `audit summary`: every version's latest revision in one table, department by year. Reads
/// the findings recorded at commit (recomputing missing ones), or with `fresh` runs the
/// checkers anew; either way the revisions are worked on in parallel, one per core, each
/// worker with its own handle on the store (a libgit2 repository is not shared by threads).
public struct SummarizeSeason {
    /// How far the work has come: `done` of `total` revisions, the last one finished named.
    public struct Progress: Sendable {
        public var done: Int
        public var total: Int
        public var label: String
    }

    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func run(fresh: Bool = false, progress: @escaping (Progress) -> Void = { _ in }) throws -> [SummaryRow] {
        let versions = try workspace.versions()
        let latest = try versions.map(workspace.latestRevision(of:))
        let decisions = try TriageLedger(workspace: workspace).decisions()
        let runs = try findings(of: latest, fresh: fresh, progress: progress)
        let checked = Dictionary(uniqueKeysWithValues: zip(versions, zip(latest, runs).map { (revision: $0, findings: $1) }))
        return zip(latest, runs).map { revision, findings in
            row(revision, findings, previous: PreviousYear.label(before: revision.version).flatMap { checked[$0] }, decisions: decisions)
        }
    }

    private func findings(of revisions: [Revision], fresh: Bool, progress: @escaping (Progress) -> Void) throws -> [[Finding]] {
        let lock = NSLock()
        var done = 0
        let directory = workspace.directory
        let warn = workspace.warn
        let results = revisions.concurrentMap { revision in
            let result = Result {
                let own = try Workspace.open(at: directory)
                own.warn = warn
                let checks = try RevisionChecks.configured(for: own)
                if fresh { return try checks.run(revision).findings }
                let recorded = try checks.recorded(revision)
                recorded.warning.map(warn)
                return recorded.run.findings
            }
            lock.withLock {
                done += 1
                progress(Progress(done: done, total: revisions.count, label: revision.ref))
            }
            return result
        }
        return try results.map { try $0.get() }
    }

    private func row(_ revision: Revision, _ findings: [Finding], previous: (revision: Revision, findings: [Finding])?, decisions: [String: TriageDecision]) -> SummaryRow {
        let statuses = findings.compactMap { decisions[$0.fingerprint]?.status }
        let shown = findings.filter { decisions[$0.fingerprint]?.suppression.hides != true }
        let compared = previous.map { BaselineComparison.compare(findings, baseline: $0.findings) }
        let (department, version) = VersionLabel.parts(of: revision.version)
        return SummaryRow(
            department: department, version: version, revision: revision.ref,
            errors: shown.filter { $0.level == .error }.count,
            warnings: shown.filter { $0.level == .warning }.count,
            notes: shown.filter { $0.level == .note }.count,
            previous: previous?.revision.ref,
            new: compared.map { $0.filter { $0.state == .new }.count },
            fixed: compared.map { $0.filter { $0.state == .absent }.count },
            triage: Dictionary(statuses.map { ($0.rawValue, 1) }, uniquingKeysWith: +),
            hidden: findings.count - shown.count
        )
    }
}
