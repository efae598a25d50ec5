import Foundation
import TestSupport
import XCTest

/// `audit check` and `audit plugins` as a reviewer runs them: exit statuses, formats, output file.
final class CheckCommandTests: WorkspaceTestCase {
    func testSampleHasNarrativeErrorsSoCheckExitsOne() throws {
        try commit("2021", sampleReport)
        let result = try audit(["check", "2021"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.output.contains("total-reconciliation"), result.output)
        XCTAssertTrue(result.output.contains("123788"), "the inconsistent visitor count is reported")
        XCTAssertFalse(result.output.contains("\u{1B}["), "no colour when piped")
    }

    func testFailOnNeverExitsZeroWithTheSameFindings() throws {
        try commit("2021", sampleReport)
        let strict = try audit(["check", "2021", "--format", "json"])
        let lenient = try audit(["check", "2021", "--format", "json", "--fail-on", "never"])
        XCTAssertEqual(lenient.status, 0, lenient.stderr)
        // Timings differ between runs; the findings must not.
        let findings = { (output: String) throws -> NSArray? in
            let json = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
            return json?["findings"] as? NSArray
        }
        let strictFindings = try XCTUnwrap(findings(strict.output))
        XCTAssertGreaterThan(strictFindings.count, 0)
        XCTAssertEqual(strictFindings, try findings(lenient.output))
    }

    func testSARIFGoesToTheOutputFile() throws {
        try commit("2021", sampleReport)
        let file = root.appendingPathComponent("findings.sarif")
        let result = try audit(["check", "2021", "--format", "sarif", "--output", file.path, "--fail-on", "never"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.output, "")
        let sarif = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        XCTAssertEqual(sarif["version"] as? String, "2.1.0")
    }

    func testBadUsageExitsTwoWithOneLine() throws {
        try commit("2021", sampleReport)
        for arguments in [["check", "2021", "--format", "pdf"], ["check", "2021", "--only", "no-such-checker"], ["check", "1999"]] {
            let result = try audit(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "\(arguments): \(result.stderr)")
        }
    }

    func testPluginsListsEveryRegisteredChecker() throws {
        let result = try audit(["plugins"])
        XCTAssertEqual(result.status, 0, result.stderr)
        for id in ["total-reconciliation", "inconsistent-figures"] {
            XCTAssertTrue(result.output.contains(id), result.output)
        }
    }
}
