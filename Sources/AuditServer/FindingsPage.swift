import CheckerKit
import FindingsModel
import Localization
import ReviewReport
import TextEscaping

/// One revision's findings, filtered, each linking to its own page; the filter form above
/// them and a link to what changed since the baseline.
enum FindingsPage {
    enum Strings {
        static func title(_ subject: String) -> LocalizedText { LocalizedText(en: "Findings in \(subject)", zh: "\(subject)中的问题") }
        static let against = LocalizedText(en: "Compared with", zh: "对比基准")
        static let noBaseline = LocalizedText(
            en: "No baseline: the workspace holds neither last year's report nor an earlier revision.",
            zh: "无基准：工作区中既没有上一年度的报告，也没有更早的修订版。"
        )
        static let changes = LocalizedText(en: "What changed", zh: "变化")
        static let level = LocalizedText(en: "level", zh: "级别"), checker = LocalizedText(en: "checker", zh: "检查项")
        static let state = LocalizedText(en: "state", zh: "状态"), text = LocalizedText(en: "text", zh: "文字")
        static let apply = LocalizedText(en: "Filter", zh: "筛选"), any = LocalizedText(en: "any", zh: "全部")
        static let columns = [("level", "级别"), ("id", "编号"), ("checker", "检查项"), ("place", "位置"), ("state", "状态"), ("message", "说明")]
            .map { LocalizedText(en: $0, zh: $1) }
        static func shown(_ count: Int, of total: Int) -> LocalizedText {
            LocalizedText(en: "\(count) of \(total) findings", zh: "共 \(total) 个问题，显示 \(count) 个")
        }
    }

    static func render(ref: String, document: ReviewDocument, baselineRef: String?, filter: FindingFilter, for reader: Reader) -> String {
        let language = reader.language
        let shown = document.entries.filter(filter.admits)
        let baseline = baselineRef.map {
            let link = "<a href=\"\(reader.links.diff(old: $0, new: ref))\">\(Strings.changes.text(in: language))</a>"
            return "<p>\(Strings.against.text(in: language)) \(HTMLText.escape(document.baseline ?? $0)): \(link)</p>"
        } ?? "<p class=\"meta\">\(Strings.noBaseline.text(in: language))</p>"
        let rows = shown.map { row($0, ref: ref, for: reader) }.joined(separator: "\n")
        let head = Strings.columns.map { "<th>\($0.text(in: language))</th>" }.joined()
        let table = "<table class=\"findings\"><thead><tr>\(head)</tr></thead><tbody>\n\(rows)\n</tbody></table>"
        let count = "<p class=\"count\">\(Strings.shown(shown.count, of: document.entries.count).text(in: language))</p>"
        let body = [baseline, form(ref: ref, document: document, filter: filter, for: reader), count, table]
        return HTMLPage.render(title: Strings.title(document.subject).text(in: language), body: body.joined(separator: "\n"), for: reader)
    }

    private static func row(_ entry: ReviewEntry, ref: String, for reader: Reader) -> String {
        let language = reader.language
        let level = entry.finding.level.rawValue
        let cells = [
            "<span class=\"\(level)\">\(entry.finding.level.label(in: language))</span>",
            "<a href=\"\(reader.links.finding(ref, id: entry.finding.shortID))\"><code>\(entry.finding.shortID)</code></a>",
            HTMLText.escape(entry.ruleName(in: language)), HTMLText.escape(entry.place(in: language) ?? ""),
            HTMLText.escape(entry.status(in: language)), HTMLText.escape(entry.finding.message(in: language)),
        ]
        return "<tr class=\"finding\" data-level=\"\(level)\">" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>"
    }

    private static func form(ref: String, document: ReviewDocument, filter: FindingFilter, for reader: Reader) -> String {
        let language = reader.language
        let levels = Level.allCases.reversed().map { ($0.rawValue, $0.label(in: language)) }
        let checkers = Set(document.entries.map(\.finding.ruleID)).sorted().map { ($0, $0) }
        let states = Dictionary(document.entries.map { ($0.status, $0.status(in: language)) }) { first, _ in first }
            .sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        let any = Strings.any.text(in: language)
        return """
            <form class="filters" method="get" action="/findings"><input type="hidden" name="ref" value="\(HTMLText.escape(ref))">\
            \(reader.links.hiddenField)\
            <label>\(Strings.level.text(in: language)) \(select("level", levels, filter.level?.rawValue, any: any))</label>\
            <label>\(Strings.checker.text(in: language)) \(select("checker", checkers, filter.checker, any: any))</label>\
            <label>\(Strings.state.text(in: language)) \(select("state", states, filter.state, any: any))</label>\
            <label>\(Strings.text.text(in: language)) <input type="search" name="q" value="\(HTMLText.escape(filter.text ?? ""))"></label>\
            <button type="submit">\(Strings.apply.text(in: language))</button></form>
            """
    }

    /// A drop-down of `(value, label)` options, the chosen value selected, led by a blank
    /// option reading `any` when given.
    static func select(_ name: String, _ options: [(value: String, label: String)], _ chosen: String?, any: String?) -> String {
        let blank = any.map { "<option value=\"\">\($0)</option>" } ?? ""
        let items = options.map { option in
            "<option value=\"\(HTMLText.escape(option.value))\"\(option.value == chosen ? " selected" : "")>\(HTMLText.escape(option.label))</option>"
        }
        return "<select name=\"\(name)\">\(blank)\(items.joined())</select>"
    }
}
