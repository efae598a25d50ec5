import AuditApp
import WorkingPapers

/// The summary as a working paper's sheet: counts as numbers, "no previous year" as an empty cell.
enum SummarySheet {
    static func sheet(_ rows: [SummaryRow]) -> Sheet {
        let widths = [30, 8, 36, 8, 9, 7, 6, 6, 36, 30]
        var sheet = Sheet(name: "summary", columns: zip(SummaryFormat.columns, widths).map { Column($0, width: $1) })
        for row in rows {
            let counts: [Int?] = [row.errors, row.warnings, row.notes, row.new, row.fixed]
            let names: [SheetCell] = [.text(row.departmentCell), .text(row.version), .text(row.revision)]
            let numbers: [SheetCell] = counts.map { $0.map(SheetCell.integer) ?? .empty }
            let previous: SheetCell = row.previous.map(SheetCell.text) ?? .empty
            let triage: SheetCell = row.triage.isEmpty ? .empty : .text(row.triageCell)
            sheet.append(names + numbers + [previous, triage])
        }
        return sheet
    }
}
