import AuditEngine
import AuditStore
import CheckerKit
import FindingsStore

/// A revision's recorded findings with what the store adds to them: their state against a
/// baseline (absent findings included) and the reviewers' triage, by fingerprint.
struct ReviewedRun {
    var run: AuditRun
    var reviews: [String: FindingReview]
    /// Current findings paired with the baseline's, when there is a baseline.
    var compared: [ComparedFinding]?

    init(_ revision: Revision, baseline: Revision?, checks: RevisionChecks) throws {
        let recorded = try checks.recorded(revision)
        recorded.warning.map(Warning.print)
        run = recorded.run
        reviews = Dictionary(run.findings.map { ($0.fingerprint, FindingReview()) }) { first, _ in first }
        if let baseline {
            let earlier = try checks.recorded(baseline)
            earlier.warning.map(Warning.print)
            let compared = BaselineComparison.compare(run.findings, baseline: earlier.run.findings)
            run.findings = compared.map(\.finding)
            for entry in compared {
                reviews[entry.finding.fingerprint, default: FindingReview()].baselineState = entry.state
            }
            self.compared = compared
        }
        for (fingerprint, decision) in try TriageLedger(workspace: checks.workspace).decisions() where reviews[fingerprint] != nil {
            reviews[fingerprint]?.suppression = decision.suppression
        }
    }

    var triaged: [Finding] {
        run.findings.filter { reviews[$0.fingerprint]?.suppression != nil }
    }

    /// The run without triaged findings, as text shows it unless asked for all.
    var untriaged: AuditRun {
        var shown = run
        shown.findings = run.findings.filter { reviews[$0.fingerprint]?.suppression == nil }
        return shown
    }
}
