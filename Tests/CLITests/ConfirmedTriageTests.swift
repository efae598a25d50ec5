import Foundation
import TestSupport
import XCTest

/// Triage that does not hide a confirmed defect: `confirmed` keeps a finding in view and in
/// `--fail-on`; `false-positive` and `wont-fix` set it aside. `audit check` shows each
/// finding's id, so triage needs no second command.
final class ConfirmedTriageTests: WorkspaceTestCase {
    /// The seed has two errors; their ids, read from `audit check`'s own text output.
    private func errorIDs() throws -> [String] {
        let check = try audit(["check", "2021", "--fail-on", "never"])
        XCTAssertEqual(check.status, 0, check.stderr)
        return check.output.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard words.first == "error", words.count > 1, words[1].count == 10, words[1].allSatisfy(\.isHexDigit) else { return nil }
            return String(words[1])
        }
    }

    private func triage(_ id: String, _ status: String) throws {
        let result = try audit(["triage", id, "--status", status, "--reason", "checked against the PDF", "--reviewer", "Li Wei <li@example.org>"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.output, "\(id) \(status) by Li Wei <li@example.org>\n")
    }

    func testConfirmedStaysShownAndFailsTheCheckWhileFalsePositiveHides() throws {
        try commit("2021", sampleReport)
        let ids = try errorIDs()
        XCTAssertEqual(ids.count, 2, "the seed has two errors")
        let (confirmed, dismissed) = (ids[0], ids[1])
        try triage(confirmed, "confirmed")
        try triage(dismissed, "false-positive")

        let check = try audit(["check", "2021"])
        XCTAssertEqual(check.status, 1, "a confirmed error still fails --fail-on error")
        XCTAssertTrue(check.output.contains(" \(confirmed) "), check.output)
        XCTAssertTrue(check.output.contains("[confirmed: checked against the PDF]"), check.output)
        XCTAssertFalse(check.output.contains(dismissed), "a false positive is hidden")
        XCTAssertTrue(check.output.contains("1 triaged finding hidden; --all shows them"), check.output)

        // SARIF: a rejected suppression does not suppress; the false positive's is accepted.
        let sarif = try audit(["check", "2021", "--format", "sarif", "--fail-on", "never"])
        let results = try XCTUnwrap(((JSONSerialization.jsonObject(with: sarif.stdout) as? [String: Any])?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        func suppression(_ id: String) -> String? {
            let result = results.first { (($0["partialFingerprints"] as? [String: String])?.values.first ?? "").hasPrefix(id) }
            return (result?["suppressions"] as? [[String: Any]])?.first?["status"] as? String
        }
        XCTAssertEqual(suppression(confirmed), "rejected")
        XCTAssertEqual(suppression(dismissed), "accepted")

        let summary = try audit(["summary"])
        XCTAssertTrue(summary.output.contains("1 confirmed, 1 false-positive"), summary.output)
        XCTAssertTrue(summary.output.hasSuffix("1 version of 1 department: 1 errors, 11 warnings, 30 notes; 1 set aside by triage\n"), summary.output)

        // Once the confirmed one is set aside as well, nothing reaches --fail-on error.
        try triage(confirmed, "wont-fix")
        let after = try audit(["check", "2021"])
        XCTAssertEqual(after.status, 0, after.output)
        XCTAssertFalse(after.output.contains(confirmed))
        XCTAssertTrue(after.output.contains("2 triaged findings hidden"), after.output)
    }

    func testCheckPrintsEveryFindingsID() throws {
        try commit("2021", sampleReport)
        let check = try audit(["check", "2021", "--fail-on", "never"])
        let blocks = check.output.split(separator: "\n").filter { ["error", "warning", "note"].contains($0.split(separator: " ").first ?? "") }
        XCTAssertEqual(blocks.count, 2 + 11 + 30, "the seed alone: 2 errors, 11 warnings (SampleExpectationTests), 30 notes")
        XCTAssertTrue(blocks.allSatisfy { line in
            let id = line.split(separator: " ")[1]
            return id.count == 10 && id.allSatisfy(\.isHexDigit)
        }, check.output)
    }
}
