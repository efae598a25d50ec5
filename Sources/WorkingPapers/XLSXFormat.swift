import Foundation

/// Sheets as an XLSX workbook, one worksheet each: a bold header row that stays in view
/// (frozen panes), a filter on every column, the columns' widths. Text is written as strings,
/// never as formulas, so untrusted text needs no guard here.
public enum XLSXFormat {
    public static func data(_ sheets: [Sheet]) throws -> Data {
        // libxlsxwriter 1.1.4 (Debian 12) writes only to a named file.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("audit-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("workbook.xlsx")
        let workbook = try Workbook(writingTo: file.path)
        for sheet in sheets {
            try write(sheet, to: workbook)
        }
        try workbook.close()
        return try Data(contentsOf: file)
    }

    private static func write(_ sheet: Sheet, to workbook: Workbook) throws {
        let worksheet = try workbook.addWorksheet(named: sheet.name)
        let bold = try workbook.boldFormat()
        for (index, column) in sheet.columns.enumerated() {
            try worksheet.setWidth(column.width, column: index)
            try worksheet.write(.text(column.name), row: 0, column: index, format: bold)
        }
        for (rowIndex, row) in sheet.rows.enumerated() {
            for (index, cell) in row.enumerated() {
                try worksheet.write(cell, row: rowIndex + 1, column: index)
            }
        }
        worksheet.freezeRows(1)
        guard !sheet.columns.isEmpty else { return }
        try worksheet.autofilter(rows: sheet.rows.count, columns: sheet.columns.count)
    }
}
