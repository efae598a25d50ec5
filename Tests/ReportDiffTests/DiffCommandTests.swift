import Foundation
import XCTest

/// `audit diff` as a user runs it: the built binary, a fresh workspace with the two samples.
final class DiffCommandTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("diff-command-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        XCTAssertEqual(try audit(["init"]).status, 0)
        for version in ["2020", "2021"] {
            let file = SampleVariants.reports.appendingPathComponent("shanwei-zsj/\(version).txt").path
            XCTAssertEqual(try audit(["commit", version, file]).status, 0)
        }
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    func testTextToAPipeIsPlainAndStartsWithTheSummary() throws {
        let result = try audit(["diff", "2020", "2021"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let first = try XCTUnwrap(result.stdout.split(separator: "\n").first)
        XCTAssertTrue(first.hasPrefix("2020@1 ("), result.stdout)
        XCTAssertTrue(first.hasSuffix(": 9 cells changed, 2 rows added, 1 row removed; 6 paragraphs changed, 1 added, 1 removed, 2 moved; 5 figures changed"), String(first))
        XCTAssertFalse(result.stdout.contains("\u{1B}"))
    }

    func testSameRevisionTwiceHasNoChanges() throws {
        let result = try audit(["diff", "2021@1", "2021"])
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 1)
        XCTAssertTrue(result.stdout.hasSuffix(": no changes\n"), result.stdout)
    }

    func testOutputFileGetsTheDocumentAndStdoutNothing() throws {
        let file = directory.appendingPathComponent("diff.html")
        let result = try audit(["diff", "2020", "2021", "--format", "html", "--output", file.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        let json = try audit(["diff", "2020", "2021", "--format", "json"])
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    }

    func testUnknownRefIsOneLineAndStatusTwo() throws {
        let result = try audit(["diff", "2020", "2019"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1)
        XCTAssertTrue(result.stderr.hasPrefix("audit: "), result.stderr)
    }

    private func audit(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("audit")
        process.arguments = arguments + ["--workspace", directory.appendingPathComponent("workspace").path]
        process.environment = ProcessInfo.processInfo.environment.merging(["AUDIT_AUTHOR": "Test <test@example.com>"]) { $1 }
        let stdout = directory.appendingPathComponent("stdout")
        let stderr = directory.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: stdout.path, contents: nil)
        FileManager.default.createFile(atPath: stderr.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: stdout, encoding: .utf8), try String(contentsOf: stderr, encoding: .utf8))
    }
}
