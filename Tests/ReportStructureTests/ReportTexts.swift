import CheckerKit
import Foundation
import ReportModel
import ReportStructure
import TestSupport
import XCTest

/// The reports these tests run on, and the checker run over them. The Shanghai reports are
/// PDFs: their text is the shared test source (`ShanghaiReports`, the layout text made from
/// poppler's word boxes), which switches to the committed text in one place.
enum ReportTexts {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let seed = try! String(contentsOf: repository.appendingPathComponent("reports/shanwei-zsj/2021.txt"), encoding: .utf8)

    static func shanghai(_ name: String) throws -> String {
        try ShanghaiReports.text(of: name)
    }

    /// Both texts a Shanghai report may arrive as: our layout text and plain `pdftotext -layout`.
    static func shanghaiTexts(_ name: String) throws -> [(source: String, text: String)] {
        [("layout text", try ShanghaiReports.text(of: name)), ("pdftotext -layout", try ShanghaiReports.pdftotextLayout(of: name))]
    }

    static func findings(_ text: String) throws -> [Finding] {
        try ReportStructure(configuration: CheckerConfiguration(defaults: [])).check(CheckContext.detected(ReportParser.parse(text))).findings
    }

    /// `text` with `old` replaced by `new`; `old` must occur exactly once.
    static func replacing(_ old: String, with new: String, in text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        XCTAssertEqual(text.components(separatedBy: old).count - 1, 1, "“\(old)” must occur once", file: file, line: line)
        return text.replacingOccurrences(of: old, with: new)
    }

    /// `text` with the last `old` (the body's, after the 目录's) replaced by `new`.
    static func replacingLast(_ old: String, with new: String, in text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        guard let range = text.range(of: old, options: .backwards) else { XCTFail("no “\(old)”", file: file, line: line); return text }
        return text.replacingCharacters(in: range, with: new)
    }

    /// `text` without the last line that reads `content`, blanks around it aside.
    static func deletingLastLine(reading content: String, in text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        var lines = text.components(separatedBy: "\n")
        guard let index = lines.lastIndex(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines) == content }) else {
            XCTFail("no line “\(content)”", file: file, line: line)
            return text
        }
        lines.remove(at: index)
        return lines.joined(separator: "\n")
    }

    /// `text` without the lines from the first that reads `start` (blanks around it aside) to the
    /// first after it containing `end`.
    static func deleting(from start: String, through end: String, in text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        guard let first = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines) == start }),
              let last = lines[first...].firstIndex(where: { $0.contains(end) }) else { XCTFail("no lines \(start) … \(end)"); return text }
        lines.removeSubrange(first...last)
        return lines.joined(separator: "\n")
    }

    /// The findings of `mutated` that `original` does not have.
    static func added(_ original: String, _ mutated: String) throws -> [Finding] {
        let before = Set(try findings(original).map { [$0.ruleID, $0.message] })
        return try findings(mutated).filter { !before.contains([$0.ruleID, $0.message]) }
    }
}
