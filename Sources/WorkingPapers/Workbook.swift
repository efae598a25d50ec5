import CXlsxWriter
import CXlsxWriterLoader
import Foundation
import ReportModel
import TextEscaping

/// A libxlsxwriter workbook being built. It owns the `lxw_workbook`: `close()` writes the file
/// and frees it (libxlsxwriter frees it whether or not the write succeeds); a workbook dropped
/// unclosed is freed in `deinit` without writing anything. Worksheets and formats belong to it.
final class Workbook {
    private var pointer: UnsafeMutablePointer<lxw_workbook>?

    init(writingTo path: String) throws {
        if let failure = audit_xlsxwriter_failure() { throw WorkingPaperError(String(cString: failure)) }
        guard let pointer = workbook_new(path) else { throw WorkingPaperError("cannot create a workbook for \(path)") }
        self.pointer = pointer
    }

    deinit {
        if let pointer { lxw_workbook_free(pointer) }
    }

    func addWorksheet(named name: String) throws -> Worksheet {
        let workbook = try open()
        try Self.check(workbook_validate_sheet_name(workbook, name), "worksheet name '\(name)'")
        guard let sheet = workbook_add_worksheet(workbook, name) else { throw WorkingPaperError("cannot add worksheet '\(name)'") }
        return Worksheet(pointer: sheet, workbook: self)
    }

    /// A bold format, for header rows.
    func boldFormat() throws -> UnsafeMutablePointer<lxw_format> {
        guard let format = workbook_add_format(try open()) else { throw WorkingPaperError("cannot add a format") }
        format_set_bold(format)
        return format
    }

    func close() throws {
        let workbook = try open()
        pointer = nil
        try Self.check(workbook_close(workbook), "writing the workbook")
    }

    private func open() throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let pointer else { throw WorkingPaperError("the workbook is already closed") }
        return pointer
    }

    static func check(_ status: lxw_error, _ what: String) throws {
        guard status != LXW_NO_ERROR else { return }
        throw WorkingPaperError("\(what): \(String(cString: lxw_strerror(status)))")
    }
}

/// A worksheet of a `Workbook`, which it keeps alive: libxlsxwriter frees sheets with their workbook.
struct Worksheet {
    let pointer: UnsafeMutablePointer<lxw_worksheet>
    let workbook: Workbook

    func write(_ cell: SheetCell, row: Int, column: Int, format: UnsafeMutablePointer<lxw_format>? = nil) throws {
        let (row, column) = (lxw_row_t(row), lxw_col_t(column))
        let status: lxw_error
        switch cell {
        case .text(let value): status = worksheet_write_string(pointer, row, column, Self.fitting(TerminalText.visible(value)), format)
        case .integer(let value): status = number(SpreadsheetNumber.value(value), else: "\(value)", row, column, format)
        case .decimal(let value): status = number(SpreadsheetNumber.value(value), else: value.plainString, row, column, format)
        case .empty: return
        }
        try Workbook.check(status, "cell \(row + 1):\(column + 1)")
    }

    private func number(_ value: Double?, else text: String, _ row: lxw_row_t, _ column: lxw_col_t, _ format: UnsafeMutablePointer<lxw_format>?) -> lxw_error {
        value.map { worksheet_write_number(pointer, row, column, $0, format) } ?? worksheet_write_string(pointer, row, column, text, format)
    }

    func setWidth(_ width: Int, column: Int) throws {
        try Workbook.check(worksheet_set_column(pointer, lxw_col_t(column), lxw_col_t(column), Double(width), nil), "column \(column + 1) width")
    }

    func freezeRows(_ rows: Int) {
        worksheet_freeze_panes(pointer, lxw_row_t(rows), 0)
    }

    func autofilter(rows: Int, columns: Int) throws {
        try Workbook.check(worksheet_autofilter(pointer, 0, 0, lxw_row_t(rows), lxw_col_t(columns - 1)), "autofilter")
    }

    /// Control characters are shown as symbols, as on a terminal (XML cannot hold them, and
    /// libxlsxwriter's `_x001B_` escapes are read back by some readers and not by others).
    /// A cell holds at most 32,767 characters (libxlsxwriter counts code points); a longer text
    /// is cut there and ends with "…" rather than failing the whole workbook.
    static let maximumLength = 32_767

    private static func fitting(_ value: String) -> String {
        let scalars = value.unicodeScalars
        guard scalars.count > maximumLength else { return value }
        var cut = String.UnicodeScalarView(scalars.prefix(maximumLength - 1))
        cut.append("…")
        return String(cut)
    }
}
