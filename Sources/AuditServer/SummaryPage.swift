import AuditApp
import FindingsStore
import TextEscaping

/// The season: one row per version's latest revision, department by year, counts by level
/// (findings set aside by triage left out, as `audit summary`) and decisions by status.
enum SummaryPage {
    enum Strings {
        static let title = "Findings by department and year"
        static let columns = ["department", "version", "revision", "errors", "warnings", "notes", "new", "fixed", "triage", "changes"]
        static let empty = "No report is stored yet: upload one, or run audit commit."
        static let diff = "diff"
        static let none = "—"
    }

    static func render(_ rows: [SummaryRow]) -> String {
        guard !rows.isEmpty else { return HTMLPage.render(title: Strings.title, body: "<p>\(Strings.empty)</p>") }
        let head = Strings.columns.map { "<th>\($0)</th>" }.joined()
        let body = rows.map(row).joined(separator: "\n")
        return HTMLPage.render(title: Strings.title, body: "<table class=\"summary\"><thead><tr>\(head)</tr></thead><tbody>\n\(body)\n</tbody></table>")
    }

    private static func row(_ row: SummaryRow) -> String {
        let triage = TriageStatus.allCases.compactMap { status in row.triage[status.rawValue].map { "\(status.rawValue) \($0)" } }.joined(separator: ", ")
        let changes = row.previous.map { "<a href=\"\(WorkbenchLinks.diff(old: $0, new: row.revision))\">\(Strings.diff) \(HTMLText.escape($0))</a>" } ?? Strings.none
        let cells = [
            HTMLText.escape(row.department ?? Strings.none), HTMLText.escape(row.version),
            "<a href=\"\(WorkbenchLinks.findings(row.revision))\">\(HTMLText.escape(row.revision))</a>",
            "\(row.errors)", "\(row.warnings)", "\(row.notes)",
            row.new.map(String.init) ?? Strings.none, row.fixed.map(String.init) ?? Strings.none,
            triage.isEmpty ? Strings.none : triage, changes,
        ]
        return "<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>"
    }
}
