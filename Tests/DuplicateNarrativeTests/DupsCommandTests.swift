import Foundation
import XCTest

/// `audit dups` end to end: the built binary on report files in a scratch directory.
final class DupsCommandTests: XCTestCase {
    private var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dups-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: scratch)
    }

    /// Two departments' reports sharing one explanation, and a third with nothing in common.
    func testASharedParagraphBetweenTwoReportFilesIsOneWarningInJSON() throws {
        var generator = GeneratedCorpus(seed: 7)
        let shared = generator.paragraph(length: 150)
        let files = try [[shared], [generator.paragraph(length: 120), shared], [generator.paragraph(length: 130)]].enumerated().map { number, paragraphs in
            let file = scratch.appendingPathComponent("dept-\(number).txt")
            let lines = [" 第三部分：示例单位 2021 年部门决算情况说明 ", "", "四、其他重要事项的情况说明 ", ""] + paragraphs.flatMap { [$0 + " ", ""] }
            try Data(lines.joined(separator: "\n").utf8).write(to: file)
            return file.path
        }
        let (status, output) = try runAudit(["dups", "--workspace", scratch.path, "--format", "json", "--fail-on", "warning"] + files)
        XCTAssertEqual(status, 1, output)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], output)
        let findings = try XCTUnwrap(document["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.count, 1, output)
        XCTAssertEqual(findings.first?["ruleID"] as? String, "duplicate-narrative.shared-across-reports")
        let message = try XCTUnwrap(findings.first?["message"] as? String)
        XCTAssertTrue(message.contains("dept-0.txt:5") && message.contains("dept-1.txt:7"), message)
    }

    func testAMissingSourceIsAUsageError() throws {
        let (status, _) = try runAudit(["dups", scratch.appendingPathComponent("absent.txt").path])
        XCTAssertEqual(status, 2)
    }

    private func runAudit(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("audit")
        process.arguments = arguments
        let output = scratch.appendingPathComponent("stdout-\(UUID().uuidString)")
        try Data().write(to: output)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: output), as: UTF8.self))
    }
}
