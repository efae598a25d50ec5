import AuditEngine
import AuditStore
import CheckerKit
import FindingsModel
import FindingsStore
import Localization

/// A run with what the store adds to its findings: their state against a baseline (absent
/// findings included) and the reviewers' triage, by fingerprint.
public struct ReviewedRun {
    public var run: AuditRun
    public var reviews: [String: FindingReview] = [:]
    /// What the reader should know about how the findings were obtained: a record missing or damaged and recomputed.
    public var warnings: [LocalizedText] = []

    public init(_ run: AuditRun, baseline: [Finding]?, decisions: [String: TriageDecision]) {
        self.run = run
        if let baseline {
            let compared = BaselineComparison.compare(run.findings, baseline: baseline)
            self.run.findings = compared.map { $0.state == .absent ? Self.withoutLines($0.finding) : $0.finding }
            for entry in compared {
                reviews[entry.finding.fingerprint, default: FindingReview()].baselineState = entry.state
            }
        }
        for finding in self.run.findings {
            if let decision = decisions[finding.fingerprint] {
                reviews[finding.fingerprint, default: FindingReview()].suppression = decision.suppression
            }
        }
    }

    /// A revision's recorded findings against a baseline's, each with its id (`withIDs`).
    static func recorded(_ revision: Revision, baseline: Revision?, checks: RevisionChecks) throws -> ReviewedRun {
        let recorded = try checks.recorded(revision)
        let earlier = try baseline.map(checks.recorded)
        let decisions = try TriageLedger(workspace: checks.workspace).decisions()
        var reviewed = ReviewedRun(recorded.run, baseline: earlier?.run.findings, decisions: decisions)
        reviewed.warnings = [recorded.warning, earlier?.warning].compactMap { $0 }
        return reviewed.withIDs()
    }

    /// Every finding with a review, so text output shows each one's id, the short id `audit
    /// triage` and `audit history` take, and triage needs no second command to find it.
    func withIDs() -> ReviewedRun {
        var reviewed = self
        for finding in run.findings where reviewed.reviews[finding.fingerprint] == nil {
            reviewed.reviews[finding.fingerprint] = FindingReview()
        }
        return reviewed
    }

    /// An absent finding's line numbers are the baseline's; in this revision's text they would
    /// point at something else, so only its logical location is kept.
    private static func withoutLines(_ finding: Finding) -> Finding {
        var moved = finding
        moved.locations = finding.locations.map(\.withoutSpan)
        moved.relatedLocations = finding.relatedLocations.map(\.withoutSpan)
        return moved
    }

    /// The run without the findings a reviewer set aside (every triage status but `confirmed`):
    /// what counts towards `--fail-on`, and what text shows unless asked for all.
    public var untriaged: AuditRun {
        var shown = run
        shown.findings = run.findings.filter { reviews[$0.fingerprint]?.suppression?.hides != true }
        return shown
    }

    /// Renders the run; text leaves triaged findings out unless `all`, and says how many it left out.
    public func render(_ format: OutputFormat, subject: RunSubject, colour: Bool, all: Bool, language: Language = .en) throws -> String {
        let hidden = run.findings.count - untriaged.findings.count
        guard format == .text, !all, hidden > 0 else {
            return try format.render(run, subject: subject, colour: colour, reviews: reviews, language: language)
        }
        let note = language == .zh
            ? "另有 \(hidden) 项已处理的检查结果未显示；加 --all 可全部显示\n"
            : "\(hidden) triaged finding\(hidden == 1 ? "" : "s") hidden; --all shows them\n"
        return try format.render(untriaged, subject: subject, colour: colour, reviews: reviews, language: language) + note
    }
}
