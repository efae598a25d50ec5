import Foundation
import TestSupport
import XCTest

/// The issue's scenarios in a real browser (Browser/workbench_e2e.py: chromium through
/// chromedriver and selenium), then the CLI as the judge of what the browser recorded.
final class WorkbenchBrowserTests: WorkspaceTestCase {
    private let token = "browser-token-0123456789abcdef"

    private func requireBrowser() throws {
        let chromedriver = try ExternalCommand.run(["sh", "-c", "command -v chromedriver && command -v chromium"])
        guard chromedriver.status == 0 else {
            throw XCTSkip("chromium or chromium-driver is not installed (scripts/install-deps --tests installs them): the workbench was not driven in a browser")
        }
        guard try ExternalCommand.run(["python3", "-c", "import selenium"]).status == 0 else {
            throw XCTSkip("selenium is not installed (scripts/test installs it from PyPI): the workbench was not driven in a browser")
        }
    }

    func testAReviewersSessionInChromium() throws {
        try requireBrowser()
        try commit("2020", packageRoot.appendingPathComponent("reports/shanwei-zsj/2020.txt"))
        try commit("2021", sampleReport)
        try commit("czj-2024", ShanghaiReports.pdf("caizhengju-2024"))
        let hostile = try HostileReport.write(in: root)
        let environment = ["AUDIT_AUTHOR": "Chen Jing <chen@example.org>"]
        let served = try ServedWorkspace(workspace: workspace, environment: environment, scratch: root)
        let guarded = try ServedWorkspace(workspace: workspace, arguments: ["--bind", "0.0.0.0", "--token", token], scratch: root)
        let guardedBase = "http://127.0.0.1:\(guarded.base.port!)/"
        let script = packageRoot.appendingPathComponent("Tests/AuditServerTests/Browser/workbench_e2e.py")
        let run = try ExternalCommand.run(["python3", script.path, served.base.absoluteString, guardedBase, token, hostile.path], mergingErrors: false)
        XCTAssertEqual(run.status, 0, run.output + run.errors)
        let seen = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], run.output + run.errors)

        XCTAssertEqual(seen["summary"] as? String, "Findings by department and year")
        XCTAssertEqual(seen["findings"] as? String, "Findings in czj-2024@1 (\(try shortCommit("czj-2024")))")
        XCTAssertEqual(seen["levels"] as? [String], ["error"])
        let id = try XCTUnwrap(seen["finding"] as? String)
        XCTAssertEqual(seen["imageSize"] as? [Int], [1190, 1684], "the A4 page drawn at 2 px per point")
        XCTAssertTrue((seen["trail"] as? String ?? "").contains("Chen Jing <chen@example.org>: triage \(id): confirmed — printed 0.3万元; checked against the table"), "\(seen)")
        XCTAssertEqual(seen["afterTriage"] as? String, seen["findingTitle"] as? String, "back on the finding's page")

        let findings = try audit(["findings", "czj-2024"])
        let line = try XCTUnwrap(findings.output.split(separator: "\n").first { $0.contains(" \(id) ") }, findings.output)
        XCTAssertTrue(line.contains("confirmed"), "the CLI sees the browser's decision: \(line)")
        XCTAssertTrue(try audit(["triage", "--log"]).output.contains("Chen Jing <chen@example.org>  triage \(id): confirmed"))

        XCTAssertEqual(seen["uploaded"] as? String, "Findings in 2021@2 (\(try shortCommit("2021")))")
        XCTAssertEqual(try revisionCount("2021"), 2)
        XCTAssertEqual(seen["diff"] as? String, "Changes 2020@1 (\(try shortCommit("2020"))) → 2021@2 (\(try shortCommit("2021")))")
        XCTAssertEqual(seen["hostileQuoted"] as? Bool, true, "the payload is shown as text")
        XCTAssertEqual(seen["alert"] as? Bool, false)
        XCTAssertEqual(seen["scripts"] as? Int, 0)
        XCTAssertEqual(seen["injectedImages"] as? Int, 0)

        XCTAssertTrue((seen["withoutToken"] as? String ?? "").contains("401"), "\(seen)")
        XCTAssertEqual(seen["withToken"] as? String, "Findings by department and year")
        XCTAssertEqual(seen["withCookie"] as? String, "Findings in 2021@2 (\(try shortCommit("2021")))")
    }

    private func shortCommit(_ version: String) throws -> String {
        try runGit(["rev-parse", "--short=7", "refs/heads/\(version)"], in: store).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
