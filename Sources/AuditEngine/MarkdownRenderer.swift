import CheckerKit
import FindingsModel
import TextEscaping

/// A Markdown report for pasting into a review: summary first, then one table per rule.
struct MarkdownRenderer {
    var language: Language = .en

    func render(_ run: AuditRun, subject: RunSubject) -> String {
        let summary = RunSummary(run: run, language: language)
        let zh = language == .zh
        let label = MarkdownText.escape(subject.label)
        var lines = [zh ? "# \(label) 审核结果" : "# Audit of \(label)", "", "- \(summary.findingsLine)", "- \(summary.identitiesLine)"]
        if let revision = subject.revisionID { lines.append(zh ? "- 提交：`\(revision)`" : "- Commit: `\(revision)`") }
        if let format = subject.format { lines.append(zh ? "- 格式：\(MarkdownText.escape(format))" : "- Format: \(MarkdownText.escape(format))") }
        let header = zh ? "| 级别 | 位置 | 行 | 说明 |" : "| Level | Location | Line | Message |"
        for group in FindingGroups(run.findings).groups {
            let name = run.rule(group.ruleID).map { " — \(MarkdownText.escape($0.name(in: language)))" } ?? ""
            lines += ["", "## `\(group.ruleID)`\(name)", "", header, "|---|---|---|---|"]
            lines += group.findings.map(row)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ finding: Finding) -> String {
        let location = finding.locations.first
        let cells = [finding.level.label(in: language), location?.logical ?? "", location?.span.map { "\($0)" } ?? "", finding.message(in: language)]
        return "| " + cells.map(MarkdownText.escape).joined(separator: " | ") + " |"
    }
}
