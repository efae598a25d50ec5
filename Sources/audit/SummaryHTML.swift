import AuditApp
import TextEscaping

/// One self-contained page: the table and its totals; every name from the store escaped.
enum SummaryHTML {
    static func render(_ rows: [SummaryRow]) -> String {
        let head = SummaryFormat.columns.map { "<th>\(HTMLText.escape($0))</th>" }.joined()
        let body = rows.map { row in
            "<tr>" + row.cells.enumerated().map { column, cell in
                (3...7).contains(column) ? "<td class=\"n\">\(HTMLText.escape(cell))</td>" : "<td>\(HTMLText.escape(cell))</td>"
            }.joined() + "</tr>"
        }.joined(separator: "\n")
        let zh = InterfaceLanguage.current == .zh
        let title = zh ? "各部门各年度检查结果汇总" : "Findings by department and year"
        return """
            <!DOCTYPE html>
            <html lang="\(zh ? "zh-CN" : "en")"><head><meta charset="utf-8"><title>\(title)</title>
            <style>\(style)</style></head><body>
            <h1>\(title)</h1>
            <table><thead><tr>\(head)</tr></thead><tbody>
            \(body)
            </tbody></table>
            <p>\(HTMLText.escape(SummaryText.totals(rows)))</p>
            </body></html>

            """
    }

    private static let style = """
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2em}\
        table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left}\
        td.n{text-align:right;font-variant-numeric:tabular-nums}thead th{background:#eee}
        """
}
