import CheckerKit
import Foundation
import ReportModel
import ReportStructure
import XCTest

/// The reports these tests run on, and the checker run over them. The Shanghai reports are
/// PDFs: their text comes from `pdftotext -layout` (poppler-utils) as an independent tool
/// until `audit commit x.pdf` stores layout text; switching the source is this one function.
enum ReportTexts {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let seed = try! String(contentsOf: repository.appendingPathComponent("reports/shanwei-zsj/2021.txt"), encoding: .utf8)

    static func shanghai(_ name: String) throws -> String {
        let pdf = repository.appendingPathComponent("reports/shanghai-putuo/\(name).pdf").path
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("report-structure-\(name)-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-layout", pdf, output.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw XCTSkip("pdftotext (poppler-utils) failed on \(name).pdf") }
        return try String(contentsOf: output, encoding: .utf8)
    }

    static func findings(_ text: String) throws -> [Finding] {
        try ReportStructure(configuration: CheckerConfiguration(defaults: [])).check(CheckContext(report: ReportParser.parse(text))).findings
    }

    /// `text` with `old` replaced by `new`; `old` must occur exactly once.
    static func replacing(_ old: String, with new: String, in text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        XCTAssertEqual(text.components(separatedBy: old).count - 1, 1, "“\(old)” must occur once", file: file, line: line)
        return text.replacingOccurrences(of: old, with: new)
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
