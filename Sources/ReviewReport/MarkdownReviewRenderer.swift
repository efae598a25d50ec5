import CheckerKit
import FindingsModel
import TextEscaping

/// The reviewer report as one Markdown document.
public struct MarkdownReviewRenderer {
    public let language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func render(_ document: ReviewDocument) -> String {
        let title = ReviewTitle.text(document, in: language)
        var lines = ["# " + MarkdownText.escape(title), ""]
        lines += summary(document)
        lines += highlights(document)
        lines += [language("## Findings", "## 检查结果"), ""]
        lines += document.entries.flatMap(entry)
        return lines.joined(separator: "\n") + "\n"
    }

    private func summary(_ document: ReviewDocument) -> [String] {
        let statuses = document.summary.statuses
        let header = statuses.map { ReviewTitle.status($0, in: language) }.joined(separator: " | ")
        var lines = [language("## Summary", "## 汇总"), "", "| \(language("Level", "级别")) | " + header + " |", "|---|" + statuses.map { _ in "---:|" }.joined()]
        for level in [Level.error, .warning, .note] {
            lines.append("| \(level.label(in: language)) | " + statuses.map { "\(document.summary.count(level, $0))" }.joined(separator: " | ") + " |")
        }
        return lines + [""]
    }

    private func highlights(_ document: ReviewDocument) -> [String] {
        let heading = language("## Changes since the baseline", "## 与基准相比的变化")
        guard let highlights = document.highlights else {
            return [heading, "", language("No baseline given.", "未指定基准版本。"), ""]
        }
        var lines = [heading, "", MarkdownText.escape(highlights.summary(in: language)), ""]
        if !highlights.cells.isEmpty { lines += [language("Largest table changes:", "表格中变化最大的数字："), ""] + highlights.cells.map { "- \(MarkdownText.escape($0))" } + [""] }
        if !highlights.figures.isEmpty { lines += [language("Narrative figures:", "文字说明中的数字："), ""] + highlights.figures.map { "- \(MarkdownText.escape($0))" } + [""] }
        return lines
    }

    private func entry(_ entry: ReviewEntry) -> [String] {
        let finding = entry.finding
        var lines = [
            "### \(finding.level.label(in: language)) `\(finding.shortID)` — \(MarkdownText.escape(entry.ruleName(in: language))) (\(MarkdownText.escape(entry.status(in: language))))", "",
            "\(MarkdownText.escape(finding.locations.first?.logical ?? ""))", "", MarkdownText.escape(finding.message(in: language)), "",
        ]
        if let suppression = entry.review.suppression {
            let (decision, reviewer) = (MarkdownText.escape(suppression.decisionLabel(in: language)), MarkdownText.escape(suppression.reviewer))
            lines += [language("Triage: **\(decision)** by \(reviewer)", "处理：**\(decision)**，复核人 \(reviewer)") + " — \(MarkdownText.escape(suppression.justification))", ""]
        }
        if !entry.context.isEmpty {
            lines += fenced(entry.context.map { "\($0.isCited ? ">" : " ") \($0.place(in: language)): \(TerminalText.visible($0.text))" }, omitted: entry.omittedContextLines)
        }
        if !entry.related.isEmpty {
            let quoted = entry.related.map { line in
                "  \(line.place(in: language)): \(TerminalText.visible(line.text))" + (line.note(in: language).map { "  ← " + TerminalText.visible($0) } ?? "")
            }
            lines += [language("Related lines:", "相关行："), ""] + fenced(quoted, omitted: entry.omittedRelatedLines)
        }
        if !entry.history.isEmpty {
            lines += [language("History: ", "历史：") + MarkdownText.escape(entry.history(in: language).joined(separator: language("; ", "；"))), ""]
        }
        return lines + ["`audit triage \(finding.shortID) --status STATUS --reason \"…\"`", ""]
    }

    /// A fence no quoted line can close, so the report's text stays literal.
    private func fenced(_ quoted: [String], omitted: Int) -> [String] {
        let body = quoted + (omitted > 0 ? [ReviewTitle.moreLines(omitted, in: language)] : [])
        let fence = MarkdownText.fence(for: body)
        return [fence + "text"] + body + [fence, ""]
    }
}
