import AuditEngine
import CheckerKit
import XCTest

/// A checker that throws, traps or hangs becomes an `engine.plugin-failure` error naming it,
/// and the checkers that work still report.
final class PluginIsolationTests: XCTestCase {
    private let checkers: [any Checker.Type] = [
        ThrowingChecker.self, IndexTrappingChecker.self, HangingChecker.self, ExitingChecker.self, ParagraphCountChecker.self,
    ]

    func testFailingCheckersBecomeFindingsAndTheGoodOneStillReports() throws {
        let engine = Engine(checkers: checkers, configuration: AuditConfiguration(timeoutSeconds: 2))
        let run = try engine.run(CheckContext(report: Fixtures.report(paragraphs: 1)))

        let failures = run.findings.filter { $0.ruleID == "engine.plugin-failure" }
        XCTAssertEqual(failures.count, 4)
        XCTAssertTrue(failures.allSatisfy { $0.level == .error })
        XCTAssertEqual(message(in: failures, naming: "throws"), "checker 'throws' failed: threw table model missing")
        XCTAssertEqual(message(in: failures, naming: "hangs"), "checker 'hangs' failed: timed out after 2 s and was killed")
        XCTAssertEqual(message(in: failures, naming: "exits"), "checker 'exits' failed: exited with status 3: giving up")
        let trap = try XCTUnwrap(message(in: failures, naming: "traps"))
        XCTAssertTrue(trap.hasPrefix("checker 'traps' failed: crashed (signal "), trap)
        XCTAssertTrue(trap.hasSuffix("Fatal error: Index out of range"), trap)
        // The reasons in Chinese too; the checker's own words (its error, the trap line) as it wrote them.
        let chinese = Dictionary(uniqueKeysWithValues: failures.map { ($0.locations.first?.logical ?? "", $0.messageZh ?? "") })
        XCTAssertEqual(chinese["checker throws"], "检查程序“throws”运行失败：抛出错误 table model missing")
        XCTAssertEqual(chinese["checker hangs"], "检查程序“hangs”运行失败：运行超过 2 秒，已被终止")
        XCTAssertEqual(chinese["checker exits"], "检查程序“exits”运行失败：以状态 3 退出：giving up")
        XCTAssertTrue(chinese["checker traps"]?.hasPrefix("检查程序“traps”运行失败：崩溃（信号 ") == true, chinese["checker traps"] ?? "")

        let good = run.findings.filter { $0.ruleID == "paragraph-count.rule" }.map(\.message).sorted()
        XCTAssertEqual(good, ["1 paragraphs", "only 1 paragraphs, expected at least 2"])
        XCTAssertEqual(run.checkers.map(\.id), ["throws", "traps", "hangs", "exits", "paragraph-count"])
        XCTAssertEqual(run.checkers.compactMap(\.failure).count, 4)
        XCTAssertEqual(run.identitiesChecked, 1)
    }

    func testResultLargerThanAPipeBufferArrivesWhole() throws {
        let run = try Engine(checkers: [VerboseChecker.self]).run(CheckContext(report: Fixtures.report(paragraphs: 0)))
        XCTAssertEqual(run.findings.count, 5000)
        XCTAssertEqual(run.findings.last?.message.hasPrefix("finding 4999 "), true)
        XCTAssertEqual(run.identitiesChecked, 5000)
    }

    func testFailureFindingHasTheEngineRuleInTheRunsRules() throws {
        let run = try Engine(checkers: [ThrowingChecker.self]).run(CheckContext(report: Fixtures.report(paragraphs: 0)))
        XCTAssertEqual(run.rule("engine.plugin-failure")?.defaultLevel, .error)
        XCTAssertEqual(FailThreshold.error.isReached(by: run), true)
    }

    private func message(in findings: [Finding], naming id: String) -> String? {
        findings.first { $0.locations.first?.logical == "checker \(id)" }?.message
    }
}
