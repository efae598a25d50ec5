import AuditStore
import CheckerKit
import Localization

/// Every revision of the store with its findings, as recorded (or recomputed, with a
/// warning): what history and finding-id lookups search.
public struct StoreTimeline {
    public let revisions: [(revision: Revision, findings: [Finding])]
    public let warnings: [LocalizedText]

    public init(checks: some RecordedFindings) throws {
        var revisions: [(revision: Revision, findings: [Finding])] = []
        var warnings: [LocalizedText] = []
        for version in try checks.workspace.versions() {
            for revision in try checks.workspace.revisions(of: version) {
                let recorded = try checks.recorded(revision)
                revisions.append((revision, recorded.run.findings))
                warnings += recorded.warning.map { [$0] } ?? []
            }
        }
        self.revisions = revisions
        self.warnings = warnings
    }

    /// The fingerprint a reviewer's finding id names among every finding ever recorded.
    public func fingerprint(for id: String) throws -> String {
        try FindingIDs.resolve(id, among: Set(revisions.flatMap { $0.findings.map(\.fingerprint) }))
    }

    public func history(of fingerprint: String) -> FindingHistory {
        FindingHistory(fingerprint: fingerprint, entries: revisions.map { revision, findings in
            FindingHistory.Entry(revision: revision, finding: findings.first { $0.fingerprint == fingerprint })
        })
    }
}
