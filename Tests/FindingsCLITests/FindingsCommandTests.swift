import Foundation
import XCTest

/// `audit commit` records findings; `audit findings`, `triage`, `history` and `report` read them.
final class FindingsCommandTests: CLIWorkspace {
    private var sample: String { try! String(contentsOf: Self.sample, encoding: .utf8) }

    /// The findings of `ref` as SARIF results.
    private func results(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try audit(["findings"] + arguments + ["--format", "sarif"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let log = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let runs = log?["runs"] as? [[String: Any]]
        return runs?.first?["results"] as? [[String: Any]] ?? []
    }

    private func fingerprint(_ result: [String: Any]) -> String {
        (result["partialFingerprints"] as? [String: String])?.values.first ?? ""
    }

    func testTriageSurvivesIntoTheNextRevisionAsASuppressionAndItsLogShowsWhoWhenWhy() throws {
        try commit("2021", sample)
        let target = try XCTUnwrap(results(["2021"]).first { ($0["level"] as? String) == "error" })
        let id = String(fingerprint(target).prefix(10))
        let triage = try audit(["triage", id, "--status", "wont-fix", "--reason", "published already", "--reviewer", "Li Wei <li@example.org>"])
        XCTAssertEqual(triage.status, 0, triage.stderr)

        try commit("2021", "前言：新增一行。\n" + sample)
        let later = try XCTUnwrap(results(["2021", "--baseline", "2021@1"]).first { fingerprint($0) == fingerprint(target) })
        XCTAssertEqual(later["baselineState"] as? String, "unchanged")
        let suppression = try XCTUnwrap((later["suppressions"] as? [[String: Any]])?.first)
        XCTAssertEqual(suppression["justification"] as? String, "published already")
        XCTAssertEqual(suppression["status"] as? String, "accepted")

        let text = try audit(["findings", "2021"])
        XCTAssertFalse(text.stdout.contains(id), "triaged findings are hidden from text")
        XCTAssertTrue(text.stdout.contains("1 triaged finding hidden; --all shows them"), text.stdout)
        XCTAssertTrue(try audit(["findings", "2021", "--all"]).stdout.contains("\(id) "))

        let check = try audit(["check", "2021", "--format", "sarif", "--fail-on", "never"])
        XCTAssertTrue(check.stdout.contains("\"justification\" : \"published already\""), "audit check carries triage too")
        XCTAssertTrue(try audit(["check", "2021", "--fail-on", "never"]).stdout.contains("1 triaged finding hidden"))

        let log = try audit(["triage", "--log"])
        XCTAssertEqual(log.stdout.split(separator: "\n").count, 1, log.stdout)
        XCTAssertTrue(log.stdout.contains("Li Wei <li@example.org>  triage \(id): wont-fix — published already"), log.stdout)
        XCTAssertNotNil(log.stdout.range(of: #"^[0-9a-f]{7} \d{4}-\d\d-\d\dT"#, options: .regularExpression), log.stdout)
    }

    func testADamagedRecordIsRecomputedWithAWarning() throws {
        try commit("2021", sample)
        let commitID = try git(["rev-parse", "refs/heads/2021"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let expected = try results(["2021"]).count
        let blob = root.appendingPathComponent("garbage")
        try Data("{ truncated".utf8).write(to: blob)
        let blobID = try git(["hash-object", "-w", blob.path]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let tree = try pipe("100644 blob \(blobID)\t\(commitID).json\n", into: ["mktree"])
        let damaged = try git(["commit-tree", tree, "-p", "refs/audit/findings/2021", "-m", "damage"]).stdout
        XCTAssertEqual(try git(["update-ref", "refs/audit/findings/2021", damaged.trimmingCharacters(in: .whitespacesAndNewlines)]).status, 0)

        let result = try audit(["findings", "2021", "--format", "json"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "audit: warning: findings record of 2021@1 is damaged (\(commitID).json is not a findings record); recomputed them\n")
        XCTAssertEqual(try results(["2021"]).count, expected)
    }

    func testAMissingRecordIsRecomputedWithAWarning() throws {
        try commit("2021", sample)
        XCTAssertEqual(try git(["update-ref", "-d", "refs/audit/findings/2021"]).status, 0)
        let result = try audit(["findings", "2021"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "audit: warning: no findings recorded for 2021@1; recomputed and recorded them\n")
        XCTAssertTrue(result.stdout.contains("Findings: "))
        let again = try audit(["findings", "2021"])
        XCTAssertEqual(again.stderr, "", "the recomputed record was written back")
        XCTAssertEqual(again.stdout, result.stdout)
        XCTAssertEqual(try git(["rev-list", "--count", "refs/audit/findings/2021"]).stdout, "1\n")
    }

    func testHistoryListsTheRevisionsAndTheFix() throws {
        try commit("2021", sample)
        let target = try XCTUnwrap(results(["2021"]).first { ($0["level"] as? String) == "error" })
        let id = String(fingerprint(target).prefix(8))
        try commit("2021", "前言：新增一行。\n" + sample)
        let history = try audit(["history", id])
        XCTAssertEqual(history.status, 0, history.stderr)
        XCTAssertTrue(history.stdout.contains("first seen in 2021@1"), history.stdout)
        XCTAssertTrue(history.stdout.contains("still present in 2021@2"), history.stdout)
        XCTAssertEqual(history.stdout.components(separatedBy: "  present").count - 1, 2, history.stdout)
    }

    func testBadTriageAndUnknownIDsFailWithOneLineAndWriteNothing() throws {
        try commit("2021", sample)
        let noReason = try audit(["triage", "abcd", "--status", "accepted"])
        XCTAssertEqual(noReason.status, 2)
        XCTAssertEqual(noReason.stderr.split(separator: "\n").count, 1, noReason.stderr)
        let unknown = try audit(["triage", "ffffffffff", "--status", "accepted", "--reason", "x"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.stderr, "audit: no recorded finding has id 'ffffffffff' (see 'audit findings <ref>')\n")
        XCTAssertNotEqual(try git(["rev-parse", "--verify", "-q", "refs/audit/triage"]).status, 0, "no triage ref may be written")
    }

    func testTheReviewerReportIsOneHTMLFileWithSummaryFindingsAndChanges() throws {
        try commit("2020", sample.replacingOccurrences(of: "1,277.36", with: "1,270.43"))
        try commit("2021", sample)
        let file = root.appendingPathComponent("review.html")
        let result = try audit(["report", "2021", "--baseline", "2020", "--output", file.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let html = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<h2>Summary</h2>"))
        XCTAssertTrue(html.contains("<mark>"), "findings quote their lines")
        XCTAssertTrue(html.contains("1,270.43 → 1,277.36 (+6.93 (+0.55%))"), "the diff highlights name changed figures")
        XCTAssertTrue(html.contains("History: seen in"))
        XCTAssertEqual(try audit(["report", "2021", "--output", root.appendingPathComponent("r.docx").path]).status, 2, "no such format; a .pdf of a text revision is refused too (MarkedUpReportTests)")
    }

    private func pipe(_ input: String, into arguments: [String]) throws -> String {
        let file = root.appendingPathComponent("input-\(UUID().uuidString)")
        try Data(input.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "--git-dir", store.path] + arguments
        process.standardInput = try FileHandle(forReadingFrom: file)
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
