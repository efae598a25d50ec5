import AuditApp
import FindingsModel
import FindingsStore
import Localization
import TextEscaping

/// The season: one row per version's latest revision, department by year, counts by level
/// (findings set aside by triage left out, as `audit summary`) and decisions by status.
enum SummaryPage {
    enum Strings {
        static let title = LocalizedText(en: "Findings by department and year", zh: "各部门各年度问题汇总")
        static let columns = [
            ("department", "部门"), ("version", "版本"), ("revision", "修订版"), ("errors", "错误"), ("warnings", "警告"),
            ("notes", "提示"), ("new", "新增"), ("fixed", "已更正"), ("triage", "复核"), ("changes", "变化"),
        ].map { LocalizedText(en: $0, zh: $1) }
        static let empty = LocalizedText(en: "No report is stored yet: upload one, or run audit commit.", zh: "尚未存储任何报告：请上传一份，或运行 audit commit。")
        static let diff = LocalizedText(en: "diff", zh: "对比")
        static let none = "—"
    }

    static func render(_ rows: [SummaryRow], for reader: Reader) -> String {
        let language = reader.language
        let title = Strings.title.text(in: language)
        guard !rows.isEmpty else { return HTMLPage.render(title: title, body: "<p>\(Strings.empty.text(in: language))</p>", for: reader) }
        let head = Strings.columns.map { "<th>\($0.text(in: language))</th>" }.joined()
        let body = rows.map { row($0, for: reader) }.joined(separator: "\n")
        return HTMLPage.render(title: title, body: "<table class=\"summary\"><thead><tr>\(head)</tr></thead><tbody>\n\(body)\n</tbody></table>", for: reader)
    }

    private static func row(_ row: SummaryRow, for reader: Reader) -> String {
        let language = reader.language
        let triage = TriageStatus.allCases.compactMap { status in
            row.triage[status.rawValue].map { "\(Suppression.label(ofDecision: status.rawValue, in: language)) \($0)" }
        }.joined(separator: language(", ", "、"))
        let changes = row.previous.map {
            "<a href=\"\(reader.links.diff(old: $0, new: row.revision))\">\(Strings.diff.text(in: language)) \(HTMLText.escape($0))</a>"
        } ?? Strings.none
        let cells = [
            HTMLText.escape(row.department ?? Strings.none), HTMLText.escape(row.version),
            "<a href=\"\(reader.links.findings(row.revision))\">\(HTMLText.escape(row.revision))</a>",
            "\(row.errors)", "\(row.warnings)", "\(row.notes)",
            row.new.map(String.init) ?? Strings.none, row.fixed.map(String.init) ?? Strings.none,
            triage.isEmpty ? Strings.none : triage, changes,
        ]
        return "<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>"
    }
}
