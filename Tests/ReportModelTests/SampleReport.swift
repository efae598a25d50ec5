import Foundation
import ReportModel

/// The real 2021 report shipped in reports/, parsed once for all tests.
enum SampleReport {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("reports/shanwei-zsj/2021.txt")

    static let text: String = try! String(contentsOf: url, encoding: .utf8)

    static let report: Report = ReportParser.parse(text)

    static let lines: [String] = text.components(separatedBy: "\n")

    static func table(_ kind: TableKind) -> Table {
        guard let table = report.table(kind) else { fatalError("no \(kind) table in the sample") }
        return table
    }

    static func values(_ row: TableRow?) -> [String] {
        row?.cells.map { $0?.amount.value.plainString ?? "-" } ?? []
    }
}
