import CheckerKit
import FindingsModel
import TextEscaping

/// The reviewer report as one self-contained HTML page: styles inline, no scripts, no links out.
public struct HTMLReviewRenderer {
    public init() {}

    public func render(_ document: ReviewDocument) -> String {
        let title = "Review of \(document.subject)" + (document.baseline.map { " against \($0)" } ?? "")
        return """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>\(HTMLText.escape(title))</title>
            <style>\(Self.style)</style></head><body>
            <h1>\(HTMLText.escape(title))</h1>
            \(summary(document))
            \(highlights(document))
            <h2>Findings</h2>
            \(document.entries.map(entry).joined(separator: "\n"))
            </body></html>

            """
    }

    private static let style = """
        body{font-family:sans-serif;max-width:60rem;margin:2rem auto;line-height:1.5}\
        table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:right}\
        th:first-child,td:first-child{text-align:left}\
        section{border-top:1px solid #ddd;padding:.5rem 0}.error{color:#b00}.warning{color:#a60}.note{color:#06a}\
        pre{background:#f6f6f6;padding:.5rem;white-space:pre-wrap}mark{background:#ffe08a}.meta{color:#555}
        """

    private func summary(_ document: ReviewDocument) -> String {
        let statuses = document.summary.statuses
        let header = "<tr><th>Level</th>" + statuses.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr>"
        let rows = [Level.error, .warning, .note].map { level in
            "<tr><td class=\"\(level.rawValue)\">\(level.rawValue)</td>"
                + statuses.map { "<td>\(document.summary.count(level, $0))</td>" }.joined() + "</tr>"
        }
        return "<h2>Summary</h2><table>\(header)\(rows.joined())</table>"
    }

    private func highlights(_ document: ReviewDocument) -> String {
        guard let highlights = document.highlights else {
            return "<h2>Changes since the baseline</h2><p>No baseline given.</p>"
        }
        let cells = list("Largest table changes", highlights.cells)
        let figures = list("Narrative figures", highlights.figures)
        return "<h2>Changes since the baseline</h2><p>\(HTMLText.escape(highlights.summary))</p>\(cells)\(figures)"
    }

    private func list(_ heading: String, _ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        return "<h3>\(heading)</h3><ul>" + items.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>"
    }

    private func entry(_ entry: ReviewEntry) -> String {
        let finding = entry.finding
        let level = finding.level.rawValue
        var parts = [
            "<section><h3><span class=\"\(level)\">\(level)</span> <code>\(finding.shortID)</code> \(HTMLText.escape(entry.ruleName)) (\(HTMLText.escape(entry.status)))</h3>",
            "<p class=\"meta\">\(HTMLText.escape(finding.locations.first?.logical ?? ""))</p>",
            "<p>\(HTMLText.escape(finding.message))</p>",
        ]
        if let suppression = entry.review.suppression {
            parts.append("<p>Triage: <strong>\(HTMLText.escape(suppression.decision))</strong> by \(HTMLText.escape(suppression.reviewer)) — \(HTMLText.escape(suppression.justification))</p>")
        }
        if !entry.context.isEmpty {
            let quoted = entry.context.map { line in
                let text = "\(line.place): \(HTMLText.escape(line.text))"
                return line.isCited ? "<mark>\(text)</mark>" : text
            }
            parts.append("<pre>\(quoted.joined(separator: "\n"))</pre>")
        }
        if !entry.history.isEmpty { parts.append("<p class=\"meta\">History: \(HTMLText.escape(entry.history.joined(separator: "; ")))</p>") }
        return parts.joined(separator: "\n") + "</section>"
    }
}
