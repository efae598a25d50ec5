import Foundation
import TestSupport
import XCTest

/// What the workbench refuses: a non-loopback bind without a token, a request without it,
/// report text as markup.
final class WorkbenchSecurityTests: WorkspaceTestCase {
    private let token = "t0ken-for-the-test-0123456789"

    func testANonLoopbackBindWithoutATokenIsRefusedInOneLine() throws {
        let process = Process()
        process.executableURL = try AuditBinary.url().deletingLastPathComponent().appendingPathComponent("audit-serve")
        process.arguments = ["--workspace", workspace.path, "--port", "0", "--bind", "0.0.0.0"]
        var environment = ProcessInfo.processInfo.environment
        environment["AUDIT_TOKEN"] = nil
        process.environment = environment
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 2)
        XCTAssertEqual(String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
                       "audit: binding to 0.0.0.0 needs a token: --token or AUDIT_TOKEN\n")
    }

    func testOnANonLoopbackBindEveryRequestNeedsTheToken() throws {
        try commit("2021", sampleReport)
        let served = try ServedWorkspace(workspace: workspace, arguments: ["--bind", "0.0.0.0"], environment: ["AUDIT_TOKEN": token], scratch: root)
        XCTAssertTrue(served.printed.contains("?token=\(token)"), served.printed)
        for path in ["/", "/findings?ref=2021", "/page.png?ref=2021&id=0000"] {
            let refused = try served.get(path)
            XCTAssertEqual(refused.status, 401, path)
            XCTAssertFalse(refused.text.contains("2021@1"), "nothing of the workspace in the refusal")
        }
        XCTAssertEqual(try served.get("/", headers: ["Authorization": "Bearer wrong-token-0123456789"]).status, 401)
        XCTAssertEqual(try served.post("/triage", form: [("ref", "2021")]).status, 401)
        XCTAssertEqual(try served.get("/", headers: ["Authorization": "Bearer \(token)"]).status, 200)
        let opened = try served.get("/?token=\(token)")
        XCTAssertEqual(opened.status, 200)
        XCTAssertEqual(opened.headers["set-cookie"], "audit_token=\(token); Path=/; HttpOnly; SameSite=Strict")
        XCTAssertEqual(try served.get("/findings?ref=2021", headers: ["Cookie": "audit_token=\(token)"]).status, 200)
    }

    /// DNS rebinding: a page elsewhere whose name now resolves to 127.0.0.1 still sends its own
    /// name as Host, and a loopback workbench answers only to loopback names (curl as the client).
    func testALoopbackWorkbenchAnswersOnlyToLoopbackNames() throws {
        let served = try ServedWorkspace(workspace: workspace, scratch: root)
        let port = try XCTUnwrap(served.base.port)
        for (host, expected) in [("evil.example", "403"), ("evil.example:\(port)", "403"), ("127.0.0.1.evil.example", "403"),
                                 ("localhost:\(port)", "200"), ("127.0.0.1:\(port)", "200"), ("[::1]:\(port)", "200")] {
            let result = try ExternalCommand.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", "Host: \(host)", served.base.absoluteString], mergingErrors: false)
            XCTAssertEqual(result.output, expected, host)
        }
    }

    /// A report whose text carries markup: the finding quoting that line shows it as text, on a
    /// page whose policy would not run a script anyway.
    func testAScriptInTheReportRendersAsText() throws {
        try commit("2021", try HostileReport.write(in: root))
        let served = try ServedWorkspace(workspace: workspace, scratch: root)
        let findings = try served.get("/findings?ref=2021&q=" + ServedWorkspace.encode("pwned"))
        let id = try XCTUnwrap(findings.text.firstMatch(of: #/id=([0-9a-f]{10})"/#).map { String($0.1) }, findings.text)
        let page = try served.get("/finding?ref=2021&id=\(id)")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"), page.text)
        XCTAssertFalse(page.text.contains("<script"))
        XCTAssertFalse(page.text.contains("<img src=x"))
        XCTAssertTrue(try XCTUnwrap(page.headers["content-security-policy"]).hasPrefix("default-src 'none'"))
        let reflected = try served.get("/findings?ref=2021&q=" + ServedWorkspace.encode("\"><script>alert(2)</script>"))
        XCTAssertTrue(reflected.text.contains("value=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\""), reflected.text)
        XCTAssertFalse(reflected.text.contains("<script"))
    }
}
