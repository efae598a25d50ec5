import CheckerKit
import FindingsModel
import ReviewReport
import TextEscaping

/// One revision's findings, filtered, each linking to its own page; the filter form above
/// them and a link to what changed since the baseline.
enum FindingsPage {
    enum Strings {
        static func title(_ subject: String) -> String { "Findings in \(subject)" }
        static let against = "Compared with"
        static let noBaseline = "No baseline: the workspace holds neither last year's report nor an earlier revision."
        static let changes = "What changed"
        static let level = "level", checker = "checker", state = "state", text = "text", apply = "Filter", any = "any"
        static let columns = ["level", "id", "checker", "place", "state", "message"]
        static func shown(_ count: Int, of total: Int) -> String { "\(count) of \(total) findings" }
    }

    static func render(ref: String, document: ReviewDocument, baselineRef: String?, filter: FindingFilter) -> String {
        let shown = document.entries.filter(filter.admits)
        let baseline = baselineRef.map {
            "<p>\(Strings.against) \(HTMLText.escape(document.baseline ?? $0)): <a href=\"\(WorkbenchLinks.diff(old: $0, new: ref))\">\(Strings.changes)</a></p>"
        } ?? "<p class=\"meta\">\(Strings.noBaseline)</p>"
        let rows = shown.map { row($0, ref: ref) }.joined(separator: "\n")
        let table = "<table class=\"findings\"><thead><tr>\(Strings.columns.map { "<th>\($0)</th>" }.joined())</tr></thead><tbody>\n\(rows)\n</tbody></table>"
        let body = [baseline, form(ref: ref, document: document, filter: filter), "<p class=\"count\">\(Strings.shown(shown.count, of: document.entries.count))</p>", table]
        return HTMLPage.render(title: Strings.title(document.subject), body: body.joined(separator: "\n"))
    }

    private static func row(_ entry: ReviewEntry, ref: String) -> String {
        let level = entry.finding.level.rawValue
        let cells = [
            "<span class=\"\(level)\">\(level)</span>",
            "<a href=\"\(WorkbenchLinks.finding(ref, id: entry.finding.shortID))\"><code>\(entry.finding.shortID)</code></a>",
            HTMLText.escape(entry.ruleName), HTMLText.escape(entry.place ?? ""), HTMLText.escape(entry.status), HTMLText.escape(entry.finding.message),
        ]
        return "<tr class=\"finding\" data-level=\"\(level)\">" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>"
    }

    private static func form(ref: String, document: ReviewDocument, filter: FindingFilter) -> String {
        let checkers = Set(document.entries.map(\.finding.ruleID)).sorted()
        let states = Set(document.entries.map(\.status)).sorted()
        return """
            <form class="filters" method="get" action="/findings"><input type="hidden" name="ref" value="\(HTMLText.escape(ref))">\
            <label>\(Strings.level) \(select("level", Level.allCases.reversed().map(\.rawValue), filter.level?.rawValue))</label>\
            <label>\(Strings.checker) \(select("checker", checkers, filter.checker))</label>\
            <label>\(Strings.state) \(select("state", states, filter.state))</label>\
            <label>\(Strings.text) <input type="search" name="q" value="\(HTMLText.escape(filter.text ?? ""))"></label>\
            <button type="submit">\(Strings.apply)</button></form>
            """
    }

    static func select(_ name: String, _ options: [String], _ chosen: String?, any: String? = Strings.any) -> String {
        let blank = any.map { "<option value=\"\">\($0)</option>" } ?? ""
        let items = options.map { option in
            "<option value=\"\(HTMLText.escape(option))\"\(option == chosen ? " selected" : "")>\(HTMLText.escape(option))</option>"
        }
        return "<select name=\"\(name)\">\(blank)\(items.joined())</select>"
    }
}
