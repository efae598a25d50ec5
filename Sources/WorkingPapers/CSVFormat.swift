import Foundation
import ReportModel

/// A sheet as CSV for a spreadsheet: UTF-8 with a byte-order mark (without it Excel reads
/// Chinese as the machine's ANSI code page), RFC 4180 quoting and CRLF line ends, the header row first.
public enum CSVFormat {
    public static func data(_ sheet: Sheet) -> Data {
        var text = "\u{FEFF}"
        text += line(sheet.columns.map { field(.text($0.name)) })
        for row in sheet.rows {
            text += line(row.map(field))
        }
        return Data(text.utf8)
    }

    private static func line(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\r\n"
    }

    private static func field(_ cell: Cell) -> String {
        switch cell {
        case .text(let value): quoted(guarded(value))
        case .integer(let value): String(value)
        case .decimal(let value): value.plainString
        case .empty: ""
        }
    }

    /// A spreadsheet takes a field opening with one of these as a formula (OWASP "CSV
    /// injection"); report text is untrusted, so such a field gets a leading apostrophe, which
    /// spreadsheets show as text and do not evaluate.
    private static let formulaOpeners: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    static func guarded(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaOpeners.contains(first) else { return value }
        return "'" + value
    }

    private static let needsQuotes: Set<Unicode.Scalar> = [",", "\"", "\n", "\r"]

    private static func quoted(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: needsQuotes.contains) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
