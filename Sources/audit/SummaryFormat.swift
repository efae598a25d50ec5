import AuditApp
import Foundation
import TextEscaping
import WorkingPapers

/// What `audit summary --format` can write. Every format holds the same columns.
enum SummaryFormat: String, CaseIterable, OutputChoice {
    case text, json, html, csv, xlsx
    static let standard = SummaryFormat.text

    static let columns = ["department", "year", "revision", "errors", "warnings", "notes", "new", "fixed", "previous year", "triage"]

    func render(_ rows: [SummaryRow]) throws -> Data {
        switch self {
        case .text: Data(SummaryText.render(rows).utf8)
        case .json: try SummaryJSON.render(rows)
        case .html: Data(SummaryHTML.render(rows).utf8)
        case .csv: CSVFormat.data(SummarySheet.sheet(rows))
        case .xlsx: try XLSXFormat.data([SummarySheet.sheet(rows)])
        }
    }

    /// XLSX is a zip archive: bytes a terminal would garble.
    var isBinary: Bool { self == .xlsx }
}

/// The cells of a row as words, shared by the text, HTML and spreadsheet forms.
extension SummaryRow {
    var departmentCell: String { department ?? "-" }

    /// "1 confirmed, 2 false-positive", by status name.
    var triageCell: String {
        triage.isEmpty ? "-" : triage.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    }

    var cells: [String] {
        [
            departmentCell, version, revision, String(errors), String(warnings), String(notes),
            new.map(String.init) ?? "-", fixed.map(String.init) ?? "-", previous ?? "-", triageCell,
        ]
    }
}

/// A table for a terminal, then the totals.
enum SummaryText {
    static func render(_ rows: [SummaryRow]) -> String {
        let header = SummaryFormat.columns.map { $0.uppercased() }
        let body = rows.map { $0.cells.map(TerminalText.visibleLine) }
        let table = TextTable([header] + body, rightAligned: [3, 4, 5, 6, 7])
        return table.render([header] + body) + totals(rows) + "\n"
    }

    static func totals(_ rows: [SummaryRow]) -> String {
        let departments = Set(rows.map(\.departmentCell)).count
        let hidden = rows.map(\.hidden).reduce(0, +)
        return "\(rows.count) version\(rows.count == 1 ? "" : "s") of \(departments) department\(departments == 1 ? "" : "s"): "
            + "\(rows.map(\.errors).reduce(0, +)) errors, \(rows.map(\.warnings).reduce(0, +)) warnings, \(rows.map(\.notes).reduce(0, +)) notes"
            + (hidden > 0 ? "; \(hidden) set aside by triage" : "")
    }
}

enum SummaryJSON {
    private struct Document: Encodable {
        var versions: [SummaryRow]
        var totals: [String: Int]
    }

    static func render(_ rows: [SummaryRow]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let totals = [
            "versions": rows.count, "errors": rows.map(\.errors).reduce(0, +), "warnings": rows.map(\.warnings).reduce(0, +),
            "notes": rows.map(\.notes).reduce(0, +), "hidden": rows.map(\.hidden).reduce(0, +),
        ]
        return try encoder.encode(Document(versions: rows, totals: totals)) + Data("\n".utf8)
    }
}

/// One self-contained page: the table and its totals; every name from the store escaped.
enum SummaryHTML {
    static func render(_ rows: [SummaryRow]) -> String {
        let head = SummaryFormat.columns.map { "<th>\(HTMLText.escape($0))</th>" }.joined()
        let body = rows.map { row in
            "<tr>" + row.cells.enumerated().map { column, cell in
                (3...7).contains(column) ? "<td class=\"n\">\(HTMLText.escape(cell))</td>" : "<td>\(HTMLText.escape(cell))</td>"
            }.joined() + "</tr>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>Findings by department and year</title>
            <style>\(style)</style></head><body>
            <h1>Findings by department and year</h1>
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

/// The summary as a working paper's sheet: counts as numbers, "no previous year" as an empty cell.
enum SummarySheet {
    static func sheet(_ rows: [SummaryRow]) -> Sheet {
        let widths = [30, 8, 36, 8, 9, 7, 6, 6, 36, 30]
        var sheet = Sheet(name: "summary", columns: zip(SummaryFormat.columns, widths).map { Column($0, width: $1) })
        for row in rows {
            let counts: [Int?] = [row.errors, row.warnings, row.notes, row.new, row.fixed]
            sheet.append(
                [.text(row.departmentCell), .text(row.version), .text(row.revision)]
                    + counts.map { $0.map(Cell.integer) ?? .empty }
                    + [row.previous.map(Cell.text) ?? .empty, row.triage.isEmpty ? .empty : .text(row.triageCell)]
            )
        }
        return sheet
    }
}
