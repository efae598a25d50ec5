import AuditEngine
import CheckerKit
import Foundation
import Glibc
import ReportModel
import TestSupport
import XCTest

/// A checker's child must not outlive the command that started it, nor run without limits
/// when that command can no longer stop it.
///
/// Each test forks a stand-in for `audit` (the "parent") that runs the engine over a hostile
/// checker; the checker's child writes its pid, and the test then kills or stops the parent.
final class ChildLifetimeTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try makeTemporaryDirectory(for: self)
        ChildPIDFile.path = directory.appendingPathComponent("child.pid").path
    }

    func testKillingTheParentEndsItsCheckerWithinASecond() throws {
        let parent = try startParent(running: SpinningChecker.self, timeoutSeconds: 600)
        let child = try waitForChildPID()
        XCTAssertTrue(isAlive(child), "the checker's child should be running while its parent is")

        kill(parent, SIGKILL)
        reap(parent)
        XCTAssertTrue(waitUntilGone(child, seconds: 1), "checker child \(child) still alive 1 s after its parent was killed")
    }

    /// A stopped parent cannot enforce its time-out; the child's own CPU limit (time-out + 1 s,
    /// then SIGKILL a second later) ends it.
    func testAChildWhoseParentCannotStopItEndsAtItsOwnCPULimit() throws {
        let parent = try startParent(running: SpinningChecker.self, timeoutSeconds: 1)
        let child = try waitForChildPID()
        kill(parent, SIGSTOP)
        defer {
            kill(parent, SIGKILL)
            reap(parent)
        }
        // On a loaded machine CPU time runs slower than the clock: wait on the child's CPU time.
        let deadline = Date().addingTimeInterval(30)
        while isAlive(child), cpuSeconds(child) < 4.5, Date() < deadline { usleep(20_000) }
        usleep(200_000)
        XCTAssertFalse(isAlive(child), "checker child \(child) still running after \(cpuSeconds(child)) s of CPU; its limit is 2 s, then 3 s")
    }

    func testAGreedyCheckerFailsAtItsMemoryLimitInsteadOfTakingTheMachine() throws {
        let engine = Engine(checkers: [GreedyChecker.self], configuration: AuditConfiguration(timeoutSeconds: 60, memoryMegabytes: 512))
        let started = Date()
        let run = try engine.run(CheckContext(report: ReportParser.parse("一")))
        XCTAssertEqual(run.findings.map(\.ruleID), ["engine.plugin-failure"])
        XCTAssertTrue(run.findings[0].message.hasPrefix("checker 'greedy' failed: crashed (signal "), run.findings[0].message)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "the limit, not the time-out, should have stopped it")
    }

    func testUnreadableResultIsAPluginFailure() throws {
        let run = try Engine(checkers: [NaNChecker.self]).run(CheckContext(report: ReportParser.parse("一")))
        XCTAssertEqual(run.findings.map(\.message), ["checker 'nan' failed: returned a result the engine could not read"])
    }

    // MARK: Helpers

    /// Forks a process that runs the engine over `checker` and then exits.
    private func startParent(running checker: any Checker.Type, timeoutSeconds: Int) throws -> pid_t {
        let report = ReportParser.parse("一")
        let engine = Engine(checkers: [checker], configuration: AuditConfiguration(timeoutSeconds: timeoutSeconds))
        fflush(stdout)
        fflush(stderr)
        let pid = fork()
        if pid == 0 {
            _ = try? engine.run(CheckContext(report: report))
            _exit(0)
        }
        XCTAssertGreaterThan(pid, 0, "fork failed")
        return pid
    }

    private func waitForChildPID() throws -> pid_t {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: ChildPIDFile.path, encoding: .utf8), let pid = pid_t(text) {
                // Before the fix the child outlived the test too; never leave one spinning.
                addTeardownBlock { kill(pid, SIGKILL) }
                return pid
            }
            usleep(20_000)
        }
        throw ChildNeverStarted()
    }

    private struct ChildNeverStarted: Error {}

    private func reap(_ pid: pid_t) {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }

    /// Alive means it exists and is not a zombie waiting for init to reap it.
    private func isAlive(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0, let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        guard let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(close, offsetBy: 2)]
        return state != "Z" && state != "X"
    }

    /// User plus system time from /proc/<pid>/stat (fields 14 and 15, in clock ticks).
    private func cpuSeconds(_ pid: pid_t) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    private func waitUntilGone(_ pid: pid_t, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if !isAlive(pid) { return true }
            usleep(10_000)
        }
        return !isAlive(pid)
    }
}
