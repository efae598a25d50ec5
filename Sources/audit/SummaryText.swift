import AuditApp
import TextEscaping

/// A table for a terminal, then the totals.
enum SummaryText {
    static func render(_ rows: [SummaryRow]) -> String {
        let header = SummaryFormat.columns.map { $0.uppercased() }
        let body = rows.map { $0.cells.map(TerminalText.visibleLine) }
        return TextTable.render([header] + body, rightAligned: [3, 4, 5, 6, 7]) + totals(rows) + "\n"
    }

    static func totals(_ rows: [SummaryRow]) -> String {
        let departments = Set(rows.map(\.departmentCell)).count
        let hidden = rows.total(\.hidden)
        if InterfaceLanguage.current == .zh {
            return "共 \(departments) 个部门的 \(rows.count) 个版本：错误 \(rows.total(\.errors)) 项，警告 \(rows.total(\.warnings)) 项，提示 \(rows.total(\.notes)) 项"
                + (hidden > 0 ? "；另有 \(hidden) 项经处理搁置" : "")
        }
        return "\(rows.count) version\(rows.count == 1 ? "" : "s") of \(departments) department\(departments == 1 ? "" : "s"): "
            + "\(rows.total(\.errors)) errors, \(rows.total(\.warnings)) warnings, \(rows.total(\.notes)) notes"
            + (hidden > 0 ? "; \(hidden) set aside by triage" : "")
    }
}
