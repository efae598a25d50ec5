import AuditApp
import Foundation
import WorkingPapers

/// What `audit summary --format` can write. Every format holds the same columns.
enum SummaryFormat: String, CaseIterable, OutputChoice {
    case text, json, html, csv, xlsx
    static let standard = SummaryFormat.text

    /// The column names of text, HTML and the spreadsheets, in the interface's language; JSON keeps its keys.
    static var columns: [String] {
        InterfaceLanguage.current == .zh ? columnsZh : columnsEn
    }

    static let columnsEn = ["department", "year", "revision", "errors", "warnings", "notes", "new", "fixed", "previous year", "triage"]
    static let columnsZh = ["部门", "年度", "修订", "错误", "警告", "提示", "新增", "已更正", "上年", "处理情况"]

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
