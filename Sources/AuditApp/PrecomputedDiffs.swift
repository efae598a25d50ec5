import AuditStore
import ReportModel
import StoredReports

/// At commit, the new revision's diffs a reviewer asks for first, against the revision before
/// it and against last year's report, are computed into the diff cache (`PairChanges`), so
/// that the first `audit diff` is already answered from it. It runs where the findings are
/// recorded (detached from the command when it can be), and a failure only leaves the cache
/// without them.
enum PrecomputedDiffs {
    static func store(for revision: Revision, parsed: Report, in workspace: Workspace, reading: ReportReading) {
        let previous = revision.number > 1 ? try? workspace.resolve("\(revision.version)@\(revision.number - 1)") : nil
        let lastYear = try? PreviousYear.revision(before: revision, in: workspace)
        for old in [previous, lastYear].compactMap({ $0 }) {
            _ = try? PairChanges.of(old: old, new: revision, in: workspace, reading: reading, parsedNew: parsed)
        }
    }
}
