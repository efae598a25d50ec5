import CheckerKit
import FindingsModel
import TextEscaping

/// A Markdown report for pasting into a review: summary first, then one table per rule.
struct MarkdownRenderer {
    func render(_ run: AuditRun, subject: RunSubject) -> String {
        let summary = RunSummary(run: run)
        var lines = ["# Audit of \(MarkdownText.escape(subject.label))", "", "- \(summary.findingsLine)", "- \(summary.identitiesLine)"]
        if let revision = subject.revisionID { lines.append("- Commit: `\(revision)`") }
        if let format = subject.format { lines.append("- Format: \(MarkdownText.escape(format))") }
        for group in FindingGroups(run.findings).groups {
            let name = run.rule(group.ruleID).map { " — \(MarkdownText.escape($0.name))" } ?? ""
            lines += ["", "## `\(group.ruleID)`\(name)", "", "| Level | Location | Line | Message |", "|---|---|---|---|"]
            lines += group.findings.map(row)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ finding: Finding) -> String {
        let location = finding.locations.first
        let cells = [finding.level.rawValue, location?.logical ?? "", location?.span.map { "\($0)" } ?? "", finding.message]
        return "| " + cells.map(MarkdownText.escape).joined(separator: " | ") + " |"
    }
}
