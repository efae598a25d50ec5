import Foundation
import TestSupport
import XCTest

/// The built `audit` against hostile configurations, selections and reports: every exit is
/// 0, 1 or 2, every error one line, and a bad `audit.yml` stores nothing.
final class CommandFaultTests: XCTestCase {
    static let mutatedCommits = 6
    private var root: URL!
    private var workspace: URL { root.appendingPathComponent("workspace") }

    override func setUpWithError() throws {
        root = try makeTemporaryDirectory(for: self)
        XCTAssertEqual(try audit(["init"]).status, 0)
    }

    func testDeeplyNestedConfigurationIsAnErrorForCheckAndCommitAndCommitStoresNothing() throws {
        XCTAssertEqual(try audit(["commit", "2021", sampleReport.path]).status, 0)
        let nested = "checkers: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "\n"
        try Data(nested.utf8).write(to: workspace.appendingPathComponent("audit.yml"))

        let check = try audit(["check", "2021"])
        XCTAssertEqual(check.status, 2)
        XCTAssertEqual(check.stderr, "audit: audit.yml:1: nested deeper than 32 levels\n")

        let commit = try audit(["commit", "2022", sampleReport.path])
        XCTAssertEqual(commit.status, 2)
        XCTAssertEqual(commit.stderr, "audit: audit.yml:1: nested deeper than 32 levels\n")
        XCTAssertEqual(try audit(["log", "2022"]).status, 2, "the refused commit must not have stored 2022")
    }

    func testFIFOAsConfigurationIsOneLineAndDoesNotBlock() throws {
        XCTAssertEqual(try audit(["commit", "2021", sampleReport.path]).status, 0)
        XCTAssertEqual(mkfifo(workspace.appendingPathComponent("audit.yml").path, 0o600), 0)
        let check = try audit(["check", "2021"])
        XCTAssertEqual(check.status, 2)
        XCTAssertEqual(check.stderr, "audit: audit.yml: is a FIFO, not a regular file\n")
    }

    func testEmptySelectionIsAUsageError() throws {
        XCTAssertEqual(try audit(["commit", "2021", sampleReport.path]).status, 0)
        for only in ["", ",", " , "] {
            let check = try audit(["check", "2021", "--only", only])
            XCTAssertEqual(check.status, 2, "--only '\(only)'")
            XCTAssertTrue(check.stderr.hasPrefix("audit: no checker selected (known: "), check.stderr)
            XCTAssertEqual(check.output, "")
        }
    }

    /// Mutated sample reports through `commit` and `check` in every format.
    func testMutatedReportsCommitAndCheckWithOrdinaryExits() throws {
        let sample = try String(contentsOf: sampleReport, encoding: .utf8)
        for number in 0..<Self.mutatedCommits {
            var random = FaultSeed.generator(case: 30_000 + number)
            let file = try writeFile(Data(ReportMutation.mutated(sample, &random).utf8), named: "m\(number).txt", in: root)
            let seed = FaultSeed.describe(case: 30_000 + number)
            let commit = try audit(["commit", "m\(number)", file.path])
            XCTAssertTrue([0, 2].contains(commit.status), "\(seed): commit exited \(commit.status): \(commit.stderr)")
            guard commit.status == 0 else { continue }
            XCTAssertFalse(commit.output.contains("failed"), "\(seed): \(commit.output)")
            for format in ["text", "sarif"] {
                let check = try audit(["check", "m\(number)", "--format", format])
                XCTAssertTrue([0, 1].contains(check.status), "\(seed): check --format \(format) exited \(check.status): \(check.stderr)")
                // Every format names the rule in its rule list; a failure's message is the tell.
                XCTAssertFalse(check.output.contains("' failed: "), "\(seed): a checker failed (--format \(format))")
            }
        }
    }

    private func audit(_ arguments: [String]) throws -> AuditResult {
        try AuditBinary.run(arguments + ["--workspace", workspace.path], in: root, scratch: root)
    }
}
