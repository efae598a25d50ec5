import Foundation
import XCTest

/// `audit-bench --smoke`: every workload at tiny sizes, so the bench harness cannot rot between
/// the occasional full runs of `bench/run`.
final class BenchSmokeTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Rows the harness's own workloads print; peers that are not installed still give a row.
    private static let rows = [
        "parse sample", "parse + all checks", "audit commit",
        "audit log, 2 revs", "audit check 2021, 2 revs", "audit findings 2021, 2 revs",
    ]

    func testSmokeRunPrintsTheTableWithARowPerWorkloadAndPeersMeasuredOrNamedAsMissing() throws {
        let (status, output) = try runBench(["--smoke"])
        XCTAssertEqual(status, 0, output)
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.first?.hasPrefix("workload") ?? false, output)
        for row in Self.rows {
            XCTAssertTrue(lines.contains { $0.hasPrefix(row + " ") }, "no row '\(row)' in:\n\(output)")
        }
        let commit = try XCTUnwrap(lines.first { $0.hasPrefix("audit commit") }, output)
        XCTAssertTrue(commit.contains("git add + git commit"), commit)
        XCTAssertTrue(commit.hasSuffix("x") || commit.contains("peer not installed"), commit)
    }

    private func runBench(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("audit-bench")
        process.arguments = arguments + [Self.repository.appendingPathComponent("reports/shanwei-zsj/2021.txt").path]
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("bench-smoke-\(UUID().uuidString)")
        try Data().write(to: output)
        defer { try? FileManager.default.removeItem(at: output) }
        process.standardOutput = try FileHandle(forWritingTo: output)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: output), as: UTF8.self))
    }
}
