import Foundation
import ReportDiff
import ReportModel
import XCTest

/// The real 2021 report and variants of it made by exact text edits, so that tests exercise the
/// diff on text the parser reads as it reads real reports.
enum SampleVariants {
    static let reports = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("reports")

    static let text2021: String = try! String(contentsOf: reports.appendingPathComponent("shanwei-zsj/2021.txt"), encoding: .utf8)

    static let report2021: Report = ReportParser.parse(text2021)

    /// `text` with `target` replaced by `replacement`; fails the test unless `target` occurs
    /// exactly once, so a variant never edits more than it says.
    static func replacing(_ target: String, with replacement: String, in text: String = text2021,
                          file: StaticString = #filePath, line: UInt = #line) -> String {
        let parts = text.components(separatedBy: target)
        XCTAssertEqual(parts.count, 2, "'\(target)' should occur exactly once", file: file, line: line)
        return parts.joined(separator: replacement)
    }

    static func changes(from old: String, to new: String) -> ReportChanges {
        ReportChanges(old: ReportParser.parse(old), new: ReportParser.parse(new))
    }
}
