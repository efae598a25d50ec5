import CheckerKit
import FindingsModel

/// The reviewer report as one Markdown document.
public struct MarkdownReviewRenderer {
    public init() {}

    public func render(_ document: ReviewDocument) -> String {
        var lines = ["# Review of \(document.subject)" + (document.baseline.map { " against \($0)" } ?? ""), ""]
        lines += summary(document)
        lines += highlights(document)
        lines += ["## Findings", ""]
        lines += document.entries.flatMap(entry)
        return lines.joined(separator: "\n") + "\n"
    }

    private func summary(_ document: ReviewDocument) -> [String] {
        let statuses = document.summary.statuses
        var lines = ["## Summary", "", "| Level | " + statuses.joined(separator: " | ") + " |", "|---|" + statuses.map { _ in "---:|" }.joined()]
        for level in [Level.error, .warning, .note] {
            lines.append("| \(level.rawValue) | " + statuses.map { "\(document.summary.count(level, $0))" }.joined(separator: " | ") + " |")
        }
        return lines + [""]
    }

    private func highlights(_ document: ReviewDocument) -> [String] {
        guard let highlights = document.highlights else {
            return ["## Changes since the baseline", "", "No baseline given.", ""]
        }
        var lines = ["## Changes since the baseline", "", highlights.summary, ""]
        if !highlights.cells.isEmpty { lines += ["Largest table changes:", ""] + highlights.cells.map { "- \(escape($0))" } + [""] }
        if !highlights.figures.isEmpty { lines += ["Narrative figures:", ""] + highlights.figures.map { "- \(escape($0))" } + [""] }
        return lines
    }

    private func entry(_ entry: ReviewEntry) -> [String] {
        let finding = entry.finding
        var lines = [
            "### \(finding.level.rawValue) `\(finding.shortID)` — \(escape(entry.ruleName)) (\(entry.status))", "",
            "\(escape(finding.locations.first?.logical ?? ""))", "", escape(finding.message), "",
        ]
        if let suppression = entry.review.suppression {
            lines += ["Triage: **\(suppression.decision)** by \(escape(suppression.reviewer)) — \(escape(suppression.justification))", ""]
        }
        if !entry.context.isEmpty {
            lines += ["```text"] + entry.context.map { "\($0.isCited ? ">" : " ") \($0.number): \($0.text)" } + ["```", ""]
        }
        if !entry.history.isEmpty { lines += ["History: " + entry.history.joined(separator: "; "), ""] }
        return lines
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
    }
}
