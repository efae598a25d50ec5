import Foundation
import ReportModel

/// The sample report, parsed once for all tests.
enum SampleReport {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("reports/shanwei-zsj/2021.txt")

    static let text: String = try! String(contentsOf: url, encoding: .utf8)
    static let report: Report = ReportParser.parse(text)
}
