import CheckerKit
import FindingsModel
import FindingsStore
import TextEscaping

/// The reviewer report as one self-contained HTML page (styles inline, no scripts, no links
/// out): contents with counts, then this revision's errors and warnings; notes, findings gone
/// since the baseline and findings set aside by a reviewer collapsed; what changed last.
/// Every entry quotes its lines, page and line, and the `audit triage` line to decide it.
public struct HTMLReviewRenderer {
    public let language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func render(_ document: ReviewDocument) -> String {
        let title = ReviewTitle.text(document, in: language)
        let groups = Dictionary(grouping: document.entries, by: \.group)
        let sections = ReviewGroup.allCases.compactMap { group in
            groups[group].map { self.group(group, $0) }
        }
        return """
            <!DOCTYPE html>
            <html lang="\(language("en", "zh-CN"))"><head><meta charset="utf-8"><title>\(HTMLText.escape(title))</title>
            <style>\(Self.style)</style></head><body>
            <h1>\(HTMLText.escape(title))</h1>
            \(contents(groups))
            \(summary(document))
            \(sections.joined(separator: "\n"))
            \(highlights(document))
            </body></html>

            """
    }

    /// Noto Sans CJK (Debian's fonts-noto-cjk) first, then the CJK fonts of other systems, so
    /// Chinese never falls back to a font without it; A4 with margins when printed, where
    /// collapsed groups print open and no finding is split across pages if it fits on one.
    public static let style = """
        body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",\
        "WenQuanYi Micro Hei",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}\
        code,pre{font-family:"Noto Sans Mono CJK SC","Noto Sans Mono",monospace}\
        table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:right}\
        th:first-child,td:first-child{text-align:left}\
        nav ol{padding-left:1.4rem}nav li{margin:.1rem 0}a{color:#036}\
        section{border-top:1px solid #ddd;padding:.5rem 0}section h3{margin:.3rem 0}\
        .error{color:#b00}.warning{color:#a60}.note{color:#06a}\
        pre{background:#f6f6f6;padding:.5rem;white-space:pre-wrap;overflow-wrap:anywhere;margin:.3rem 0}\
        mark{background:#ffe08a}.meta{color:#555}.more{color:#555;font-style:italic}\
        .triage-command code{background:#eef;padding:.1rem .3rem;user-select:all}\
        details>summary{cursor:pointer}details>summary h2{display:inline}\
        @page{size:A4;margin:15mm 14mm}\
        @media print{body{max-width:none;margin:0;padding:0;font-size:10pt}a{color:inherit;text-decoration:none}\
        section{break-inside:avoid}h2,h3{break-after:avoid}details::details-content{content-visibility:visible;display:block}\
        pre{background:none;border-left:2px solid #ccc;font-size:8.5pt}}
        """

    private func contents(_ groups: [ReviewGroup: [ReviewEntry]]) -> String {
        let items = ReviewGroup.allCases.compactMap { group -> String? in
            guard let entries = groups[group] else { return nil }
            let links = entries.map { entry in
                let place = entry.place(in: language).map { " — " + HTMLText.escape($0) } ?? ""
                return "<li><a href=\"#\(entry.anchor)\"><code>\(entry.finding.shortID)</code> \(HTMLText.escape(entry.ruleName(in: language)))\(place)</a></li>"
            }.joined()
            let heading = "<a href=\"#\(group.rawValue)\">\(group.title(in: language))</a> (\(entries.count))"
            return group.isCollapsed
                ? "<li><details><summary>\(heading)</summary><ol>\(links)</ol></details></li>"
                : "<li>\(heading)<ol>\(links)</ol></li>"
        }
        let statuses = TriageStatus.allCases.map(\.rawValue).joined(separator: ", ")
        return """
            <nav id="contents"><h2>\(language("Contents", "目录"))</h2><ol>\(items.joined())</ol>\
            <p class="meta">\(language("To record a decision, copy a finding's <code>audit triage</code> line and replace STATUS with one of: ",
                                      "如需记录处理意见，请复制检查结果下方的 <code>audit triage</code> 命令，并将 STATUS 替换为以下之一："))\(statuses)</p></nav>
            """
    }

    private func group(_ group: ReviewGroup, _ entries: [ReviewEntry]) -> String {
        let heading = "<h2>\(group.title(in: language)) (\(entries.count))</h2>"
        let body = entries.map(entry).joined(separator: "\n")
        return group.isCollapsed
            ? "<details id=\"\(group.rawValue)\" class=\"group\"><summary>\(heading)</summary>\n\(body)\n</details>"
            : "<div id=\"\(group.rawValue)\" class=\"group\">\(heading)\n\(body)\n</div>"
    }

    private func summary(_ document: ReviewDocument) -> String {
        let statuses = document.summary.statuses
        let header = "<tr><th>\(language("Level", "级别"))</th>" + statuses.map { "<th>\(HTMLText.escape(ReviewTitle.status($0, in: language)))</th>" }.joined() + "</tr>"
        let rows = [Level.error, .warning, .note].map { level in
            "<tr><td class=\"\(level.rawValue)\">\(level.label(in: language))</td>"
                + statuses.map { "<td>\(document.summary.count(level, $0))</td>" }.joined() + "</tr>"
        }
        return "<h2>\(language("Summary", "汇总"))</h2><table>\(header)\(rows.joined())</table>"
    }

    private func highlights(_ document: ReviewDocument) -> String {
        let heading = language("Changes since the baseline", "与基准相比的变化")
        guard let highlights = document.highlights else {
            return "<h2>\(heading)</h2><p>\(language("No baseline given.", "未指定基准版本。"))</p>"
        }
        let cells = list(language("Largest table changes", "表格中变化最大的数字"), highlights.cells)
        let figures = list(language("Narrative figures", "文字说明中的数字"), highlights.figures)
        return "<h2>\(heading)</h2><p>\(HTMLText.escape(highlights.summary(in: language)))</p>\(cells)\(figures)"
    }

    private func list(_ heading: String, _ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        return "<h3>\(heading)</h3><ul>" + items.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>"
    }

    private func more(_ omitted: Int) -> String {
        omitted > 0 ? "\n<span class=\"more\">\(ReviewTitle.moreLines(omitted, in: language))</span>" : ""
    }

    public func entry(_ entry: ReviewEntry) -> String {
        let finding = entry.finding
        let level = finding.level.rawValue
        let place = [entry.place(in: language), finding.locations.first?.logical].compactMap { $0 }.map(HTMLText.escape).joined(separator: " · ")
        var parts = [
            "<section id=\"\(entry.anchor)\" class=\"finding\" data-level=\"\(level)\"><h3><span class=\"\(level)\">\(finding.level.label(in: language))</span> <code>\(finding.shortID)</code> \(HTMLText.escape(entry.ruleName(in: language))) (\(HTMLText.escape(entry.status(in: language))))</h3>",
            "<p class=\"meta place\">\(place)</p>",
            "<p class=\"message\">\(HTMLText.escape(finding.message(in: language)))</p>",
        ]
        if let suppression = entry.review.suppression {
            let (decision, reviewer) = (HTMLText.escape(suppression.decisionLabel(in: language)), HTMLText.escape(suppression.reviewer))
            parts.append(language("<p>Triage: <strong>\(decision)</strong> by \(reviewer)", "<p>处理：<strong>\(decision)</strong>，复核人 \(reviewer)")
                + " — \(HTMLText.escape(suppression.justification))</p>")
        }
        if !entry.context.isEmpty {
            let quoted = entry.context.map { line in
                let text = "\(line.place(in: language)): \(HTMLText.escape(line.text))"
                return line.isCited ? "<mark>\(text)</mark>" : text
            }
            parts.append("<pre class=\"quote\">\(quoted.joined(separator: "\n"))\(more(entry.omittedContextLines))</pre>")
        }
        if !entry.related.isEmpty {
            let quoted = entry.related.map { line in
                "\(line.place(in: language)): \(HTMLText.escape(line.text))" + (line.note(in: language).map { "  <span class=\"meta\">← \(HTMLText.escape($0))</span>" } ?? "")
            }
            parts.append("<p class=\"meta\">\(language("Related lines:", "相关行："))</p><pre class=\"related\">\(quoted.joined(separator: "\n"))\(more(entry.omittedRelatedLines))</pre>")
        }
        if !entry.history.isEmpty {
            parts.append("<p class=\"meta\">\(language("History: ", "历史："))\(HTMLText.escape(entry.history(in: language).joined(separator: language("; ", "；"))))</p>")
        }
        parts.append("<p class=\"triage-command\"><code>audit triage \(finding.shortID) --status STATUS --reason \"…\"</code></p>")
        return parts.joined(separator: "\n") + "</section>"
    }
}
