import Foundation
import TestSupport
import XCTest

/// The workbench over HTTP, judged by the CLI on the same workspace: the seed's 2020 and 2021
/// stored, `audit-serve` on a free port.
final class WorkbenchTests: WorkspaceTestCase {
    private var served: ServedWorkspace!

    override func setUpWithError() throws {
        try super.setUpWithError()
        try commit("2020", packageRoot.appendingPathComponent("reports/shanwei-zsj/2020.txt"))
        try commit("2021", sampleReport)
        served = try ServedWorkspace(workspace: workspace, environment: ["AUDIT_AUTHOR": "Wang Fang <wang@example.org>"], scratch: root)
    }

    override func tearDownWithError() throws {
        served = nil
        try super.tearDownWithError()
    }

    /// The finding ids `audit findings` prints for a ref: the short ids the pages link to.
    private func cliIDs(_ ref: String, all: Bool = false) throws -> Set<String> {
        let result = try audit(["findings", ref] + (all ? ["--all"] : []))
        XCTAssertLessThanOrEqual(result.status, 1, result.stderr)
        return Set(result.output.matches(of: #/  (?:error|warning|note) ([0-9a-f]{10}) /#).map { String($0.1) })
    }

    /// Every finding `audit findings --format json` records for a ref against a baseline, absent ones included.
    private func cliJSONIDs(_ ref: String, baseline: String) throws -> Set<String> {
        let result = try audit(["findings", ref, "--baseline", baseline, "--format", "json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any], result.stderr)
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        return Set(findings.compactMap { ($0["fingerprint"] as? String)?.prefix(10) }.map(String.init))
    }

    private func pageIDs(_ html: String) -> Set<String> {
        Set(html.matches(of: #/id=([0-9a-f]{10})"/#).map { String($0.1) })
    }

    func testSummaryRowsLinkEachLatestRevisionAndTheDiffWithLastYear() throws {
        let summary = try served.get("/")
        XCTAssertEqual(summary.status, 200, summary.text)
        XCTAssertTrue(summary.text.contains(#"<a href="/findings?ref=2021%401">2021@1</a>"#), summary.text)
        XCTAssertTrue(summary.text.contains(#"<a href="/findings?ref=2020%401">2020@1</a>"#), summary.text)
        XCTAssertTrue(summary.text.contains(#"href="/diff?old=2020%401&amp;new=2021%401""#), summary.text)
        let json = try audit(["summary", "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let rows = try XCTUnwrap((JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])?["versions"] as? [[String: Any]])
        let row2021 = try XCTUnwrap(rows.first { $0["revision"] as? String == "2021@1" })
        let counts = ["errors", "warnings", "notes"].map { "<td>\(row2021[$0] as? Int ?? -1)</td>" }.joined()
        XCTAssertTrue(summary.text.contains("2021@1</a></td>" + counts), "the page's counts are the CLI's: \(counts)")
    }

    func testFindingsPageListsTheCLIsFindingsAndFiltersByLevelAndText() throws {
        let page = try served.get("/findings?ref=2021")
        XCTAssertEqual(page.status, 200, page.text)
        XCTAssertTrue(page.text.contains("Compared with 2020@1"), "last year's report is the baseline")
        let ids = try cliJSONIDs("2021", baseline: "2020")
        XCTAssertFalse(ids.isEmpty)
        XCTAssertEqual(pageIDs(page.text), ids)
        let errors = try served.get("/findings?ref=2021&level=error")
        let levels = errors.text.matches(of: #/<tr class="finding" data-level="(\w+)">/#).map { String($0.1) }
        XCTAssertFalse(levels.isEmpty)
        XCTAssertEqual(Set(levels), ["error"])
        XCTAssertLessThan(levels.count, ids.count)
        let none = try served.get("/findings?ref=2021&q=" + ServedWorkspace.encode("no report says this 不存在"))
        XCTAssertTrue(none.text.contains("0 of \(ids.count) findings"), none.text)
    }

    func testTriageFromTheBrowserIsWhatTheCLISees() throws {
        let id = try XCTUnwrap(cliIDs("2021").sorted().first)
        let page = try served.get("/finding?ref=2021&id=\(id)")
        XCTAssertEqual(page.status, 200, page.text)
        XCTAssertTrue(page.text.contains("Recorded as Wang Fang &lt;wang@example.org&gt;."), page.text)
        let csrf = try XCTUnwrap(page.text.hiddenField("csrf"))
        let posted = try served.post("/triage", form: [("csrf", csrf), ("ref", "2021@1"), ("id", id), ("status", "false-positive"), ("reason", "表7 rounds to the yuan")])
        XCTAssertEqual(posted.status, 303, posted.text)
        XCTAssertEqual(posted.headers["location"], "/finding?ref=2021%401&id=\(id)")
        let log = try audit(["triage", "--log"])
        XCTAssertTrue(log.output.contains("Wang Fang <wang@example.org>  triage \(id): false-positive — 表7 rounds to the yuan"), log.output)
        XCTAssertFalse(try cliIDs("2021").contains(id), "set aside, so hidden from audit findings")
        XCTAssertTrue(try cliIDs("2021", all: true).contains(id))
        let after = try served.get("/finding?ref=2021&id=\(id)")
        XCTAssertTrue(after.text.contains("false-positive — 表7 rounds to the yuan</li>"), after.text)
        XCTAssertTrue(after.text.contains("(false-positive)</h3>"), after.text)
    }

    /// The same ledger, lock and compare-and-swap: browser and CLI deciding at the same moment
    /// lose nothing, each decision one commit of refs/audit/triage.
    func testBrowserAndCLIDecidingAtOnceLoseNothing() throws {
        let ids = Array(try cliIDs("2021").sorted().prefix(8))
        XCTAssertEqual(ids.count, 8)
        let page = try served.get("/finding?ref=2021&id=\(ids[0])")
        let csrf = try XCTUnwrap(page.text.hiddenField("csrf"))
        let outcomes = UnsafeMutableBufferPointer<Int32>.allocate(capacity: ids.count)
        defer { outcomes.deallocate() }
        DispatchQueue.concurrentPerform(iterations: ids.count) { index in
            let reason = "decided at once \(index)"
            if index.isMultiple(of: 2) {
                let posted = try? served.post("/triage", form: [("csrf", csrf), ("ref", "2021"), ("id", ids[index]), ("status", "wont-fix"), ("reason", reason)])
                outcomes[index] = Int32(posted?.status ?? -1)
            } else {
                let result = try? audit(["triage", ids[index], "--status", "accepted", "--reason", reason], environment: ["AUDIT_AUTHOR": "Li <li@example.org>"])
                outcomes[index] = result?.status ?? -1
            }
        }
        XCTAssertEqual(Array(outcomes), (0..<ids.count).map { $0.isMultiple(of: 2) ? 303 : 0 })
        let count = try runGit(["rev-list", "--count", "refs/audit/triage"], in: store).output.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(count, "\(ids.count)")
        let log = try audit(["triage", "--log"]).output
        for index in ids.indices {
            XCTAssertTrue(log.contains("triage \(ids[index]): \(index.isMultiple(of: 2) ? "wont-fix" : "accepted") — decided at once \(index)"), log)
        }
    }

    func testAPostWithoutTheFormsCSRFTokenIsRefusedAndRecordsNothing() throws {
        let id = try XCTUnwrap(cliIDs("2021").sorted().first)
        for csrf in [nil, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] {
            let form = [("ref", "2021"), ("id", id), ("status", "wont-fix"), ("reason", "forged")] + (csrf.map { [("csrf", $0)] } ?? [])
            let posted = try served.post("/triage", form: form)
            XCTAssertEqual(posted.status, 403, posted.text)
        }
        XCTAssertEqual(try audit(["triage", "--log"]).output, "")
    }

    func testMalformedRequestsAre4xxAndTheServerGoesOn() throws {
        XCTAssertEqual(try served.get("/findings?ref=1999").status, 404)
        XCTAssertEqual(try served.get("/findings").status, 400)
        XCTAssertEqual(try served.get("/findings?ref=2021&level=fatal").status, 400)
        XCTAssertEqual(try served.get("/finding?ref=2021&id=../../etc").status, 400)
        XCTAssertEqual(try served.get("/finding?ref=2021&id=ffffffffff").status, 404)
        let traversal = try served.get("/findings?ref=..%2F..%2Fstore.git%2Fconfig")
        XCTAssertEqual(traversal.status, 404)
        XCTAssertFalse(traversal.text.contains("repositoryformatversion"), "a ref is looked up in the store, never opened as a path")
        XCTAssertEqual(try served.get("/no-such-page").status, 404)
        let huge = try served.post("/triage", body: Data(repeating: 0x61, count: 2 << 20), contentType: "application/x-www-form-urlencoded")
        XCTAssertEqual(huge.status, 413)
        XCTAssertEqual(try served.get("/").status, 200)
    }

    func testSIGTERMStopsTheServerAndLeavesTheWorkspaceUnlocked() throws {
        XCTAssertEqual(try served.get("/").status, 200)
        XCTAssertEqual(served.stop(SIGTERM), 0, served.printed)
        let id = try XCTUnwrap(cliIDs("2021").sorted().first)
        let triage = try audit(["triage", id, "--status", "accepted", "--reason", "after the server stopped"], environment: ["AUDIT_AUTHOR": "Li <li@example.org>"])
        XCTAssertEqual(triage.status, 0, triage.stderr)
    }

    func testAuditServeExecsTheServer() throws {
        let started = try start(["serve", "--port", "0"])
        defer { started.process.terminate(); started.process.waitUntilExit() }
        let deadline = Date().addingTimeInterval(60)
        var printed = ""
        while Date() < deadline, !printed.contains("http://127.0.0.1:") {
            Thread.sleep(forTimeInterval: 0.05)
            printed = (try? String(contentsOf: started.stdout, encoding: .utf8)) ?? ""
        }
        XCTAssertTrue(printed.contains("audit serve: \(workspace.path) at http://127.0.0.1:"), printed)
    }
}
