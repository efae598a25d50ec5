import CheckerKit
import FindingsModel
import TextEscaping

/// The reviewer report as one Markdown document.
public struct MarkdownReviewRenderer {
    public init() {}

    public func render(_ document: ReviewDocument) -> String {
        let title = "Review of \(document.subject)" + (document.baseline.map { " against \($0)" } ?? "")
        var lines = ["# " + MarkdownText.escape(title), ""]
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
        var lines = ["## Changes since the baseline", "", MarkdownText.escape(highlights.summary), ""]
        if !highlights.cells.isEmpty { lines += ["Largest table changes:", ""] + highlights.cells.map { "- \(MarkdownText.escape($0))" } + [""] }
        if !highlights.figures.isEmpty { lines += ["Narrative figures:", ""] + highlights.figures.map { "- \(MarkdownText.escape($0))" } + [""] }
        return lines
    }

    private func entry(_ entry: ReviewEntry) -> [String] {
        let finding = entry.finding
        var lines = [
            "### \(finding.level.rawValue) `\(finding.shortID)` — \(MarkdownText.escape(entry.ruleName)) (\(MarkdownText.escape(entry.status)))", "",
            "\(MarkdownText.escape(finding.locations.first?.logical ?? ""))", "", MarkdownText.escape(finding.message), "",
        ]
        if let suppression = entry.review.suppression {
            lines += ["Triage: **\(MarkdownText.escape(suppression.decision))** by \(MarkdownText.escape(suppression.reviewer)) — \(MarkdownText.escape(suppression.justification))", ""]
        }
        if !entry.context.isEmpty {
            lines += fenced(entry.context.map { "\($0.isCited ? ">" : " ") \($0.place): \(TerminalText.visible($0.text))" }, omitted: entry.omittedContextLines)
        }
        if !entry.related.isEmpty {
            let quoted = entry.related.map { line in
                "  \(line.place): \(TerminalText.visible(line.text))" + (line.note.map { "  ← " + TerminalText.visible($0) } ?? "")
            }
            lines += ["Related lines:", ""] + fenced(quoted, omitted: entry.omittedRelatedLines)
        }
        if !entry.history.isEmpty { lines += ["History: " + MarkdownText.escape(entry.history.joined(separator: "; ")), ""] }
        return lines + ["`audit triage \(finding.shortID) --status STATUS --reason \"…\"`", ""]
    }

    /// A fence no quoted line can close, so the report's text stays literal.
    private func fenced(_ quoted: [String], omitted: Int) -> [String] {
        let body = quoted + (omitted > 0 ? ["… \(omitted) more line\(omitted == 1 ? "" : "s")"] : [])
        let fence = MarkdownText.fence(for: body)
        return [fence + "text"] + body + [fence, ""]
    }
}
