import AuditApp
import Foundation
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
