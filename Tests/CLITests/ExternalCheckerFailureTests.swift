import Foundation
import Glibc
import TestSupport
import XCTest

/// External checkers that crash, hang, flood stdout or print garbage: each is one
/// `engine.plugin-failure` for that checker, and the built-in checkers' findings still come out.
final class ExternalCheckerFailureTests: ExternalCheckerTestCase {
    private static let script = """
        import os, signal, subprocess, sys, time
        mode = sys.argv[1]
        sys.stdin.read()
        if mode == "crash":
            os.kill(os.getpid(), signal.SIGSEGV)
        elif mode == "hang":
            helper = subprocess.Popen(["sleep", "600"])
            with open("pids", "w") as pids:
                pids.write("%d %d" % (os.getpid(), helper.pid))
            time.sleep(600)
        elif mode == "flood":
            chunk = "x" * (1 << 20)
            for _ in range(50):
                sys.stdout.write(chunk)
        elif mode == "garbage":
            print('{"schemaVersion": 1, "rules": [], "findings": [')
        elif mode == "allocate":
            hoard = []
            while True:
                hoard.append(bytearray(64 << 20))
        elif mode == "unknown-rule":
            print('{"schemaVersion": 1, "rules": [], "findings": [{"rule": "bad.x", "message": "m", "locations": [{"paragraph": 0}]}]}')

        """

    /// The sample's built-in findings, from a run with no external checker.
    private var builtIn: [[String: Any]] = []

    override func setUpWithError() throws {
        try super.setUpWithError()
        try commit("2021", sampleReport)
        builtIn = try checkJSON("2021").findings
        XCTAssertGreaterThan(builtIn.count, 10)
        try writeChecks("bad.py", Self.script)
    }

    /// Declares `bad` in `mode`, runs `audit check`, and returns the failure's message after
    /// checking that the built-in findings are all there.
    private func failure(_ mode: String, command: String? = nil, timeout: Int = 60, line: UInt = #line) throws -> String {
        try writeConfiguration("""
            external-checkers:
              bad:
                command: \(command ?? "[python3, checks/bad.py, \(mode)]")
                version: "0"
                timeout-seconds: \(timeout)

            """)
        let document = try checkJSON("2021", line: line)
        let failures = document.findings(of: "engine.plugin-failure")
        XCTAssertEqual(failures.count, 1, line: line)
        XCTAssertEqual(document.findings.count, builtIn.count + 1, "every built-in finding still comes out", line: line)
        XCTAssertEqual(Set(document.findings.compactMap { $0["fingerprint"] as? String }).subtracting(builtIn.compactMap { $0["fingerprint"] as? String }).count, 1, line: line)
        let outcome = try XCTUnwrap(document.checker("bad"), line: line)
        XCTAssertNotNil(outcome["failure"] as? String, line: line)
        for checker in document.checkers where checker["id"] as? String != "bad" {
            XCTAssertNil(checker["failure"], "\(checker["id"] ?? "")", line: line)
        }
        return try XCTUnwrap(failures[0]["message"] as? String, line: line)
    }

    func testACrashIsAPluginFailure() throws {
        XCTAssertEqual(try failure("crash"), "checker 'bad' failed: crashed (signal 11)")
    }

    func testAHangIsKilledWithEverythingItStartedAtItsTimeOut() throws {
        let started = Date()
        XCTAssertEqual(try failure("hang", timeout: 2), "checker 'bad' failed: timed out after 2 s and was killed")
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        let pids = try String(contentsOf: workspace.appendingPathComponent("pids"), encoding: .utf8).split(separator: " ").compactMap { pid_t($0) }
        XCTAssertEqual(pids.count, 2)
        for pid in pids {
            XCTAssertFalse(isRunning(pid), "process \(pid) of the hung checker's group is still running")
        }
    }

    /// The checker dies with `audit` (PR_SET_PDEATHSIG survives its exec); what it started
    /// itself is outside that guarantee and is killed here by the test.
    func testKillingAuditEndsTheCheckerWithinASecond() throws {
        try writeConfiguration("external-checkers:\n  bad:\n    command: [python3, checks/bad.py, hang]\n    version: \"0\"\n")
        let started = try start(["check", "2021"])
        let pidsFile = workspace.appendingPathComponent("pids")
        let deadline = Date().addingTimeInterval(60)
        while (try? String(contentsOf: pidsFile, encoding: .utf8))?.contains(" ") != true, Date() < deadline { usleep(20_000) }
        let pids = try String(contentsOf: pidsFile, encoding: .utf8).split(separator: " ").compactMap { pid_t($0) }
        XCTAssertEqual(pids.count, 2)
        defer { pids.forEach { kill($0, SIGKILL) } }
        XCTAssertTrue(isRunning(pids[0]))
        kill(started.process.processIdentifier, SIGKILL)
        _ = try AuditBinary.finish(started)
        let gone = Date().addingTimeInterval(1)
        while isRunning(pids[0]), Date() < gone { usleep(10_000) }
        XCTAssertFalse(isRunning(pids[0]), "the external checker outlived audit by more than a second")
    }

    func testFiftyMegabytesOfOutputArePluginFailure() throws {
        XCTAssertEqual(try failure("flood"), "checker 'bad' failed: wrote more than 16777216 bytes to stdout and was killed")
    }

    func testAnAllocationPastTheMemoryLimitIsAPluginFailure() throws {
        try writeConfiguration("external-checkers:\n  bad:\n    command: [python3, checks/bad.py, allocate]\n    version: \"0\"\n    memory-megabytes: 256\n")
        let document = try checkJSON("2021")
        let message = try XCTUnwrap(document.findings(of: "engine.plugin-failure").first?["message"] as? String)
        XCTAssertEqual(message, "checker 'bad' failed: exited with status 1: MemoryError")
        XCTAssertEqual(document.findings.count, builtIn.count + 1)
    }

    func testInvalidJSONIsAPluginFailure() throws {
        let message = try failure("garbage")
        XCTAssertTrue(message.hasPrefix("checker 'bad' failed: printed output that is not findings JSON (schemas/external-findings.schema.json)"), message)
    }

    func testOutputOutsideTheSchemaIsAPluginFailure() throws {
        XCTAssertEqual(try failure("unknown-rule"), "checker 'bad' failed: printed findings the engine cannot use: findings[0] names rule 'bad.x', which it did not declare")
    }

    func testACommandThatCannotRunIsAPluginFailure() throws {
        XCTAssertEqual(try failure("", command: "[checks/no-such-checker]"), "checker 'bad' failed: could not run 'checks/no-such-checker': No such file or directory")
    }

    func testSilenceIsAPluginFailure() throws {
        let message = try failure("silent")
        XCTAssertTrue(message.hasPrefix("checker 'bad' failed: printed output that is not findings JSON"), message)
    }

    /// Alive and not a zombie waiting for a parent that is not ours.
    private func isRunning(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        let state = stat.split(separator: ")").last?.split(separator: " ").first
        return state != "Z"
    }
}
