import AuditEngine
import CheckerKit
import CheckerRegistry
import Foundation
import ReportModel
import TestSupport
import XCTest

/// Every registered checker, through the engine (each in its child process), over random
/// report-like text and over mutations of the real sample report. No child may die: every
/// checker's result must come back readable, so no `engine.plugin-failure` finding.
final class CheckerFuzzTests: XCTestCase {
    static let randomTexts = 150
    static let mutations = 32

    private static let sample = try! String(contentsOf: sampleReport, encoding: .utf8)
    private static let previous = ReportParser.parse(try! String(contentsOf: packageRoot.appendingPathComponent("reports/shanwei-zsj/2020.txt"), encoding: .utf8))

    func testRandomReportLikeTextsCheckCleanly() throws {
        for number in 0..<Self.randomTexts {
            var random = FaultSeed.generator(case: number)
            let text = (0...random.below(6)).map { _ in random.reportLikeText() }.joined(separator: "\n")
            try assertEveryCheckerCompletes(text, previous: nil, case: number)
        }
    }

    func testMutatedSampleReportsCheckCleanly() throws {
        for number in 0..<Self.mutations {
            var random = FaultSeed.generator(case: 10_000 + number)
            let text = ReportMutation.mutated(Self.sample, &random)
            try assertEveryCheckerCompletes(text, previous: Self.previous, case: 10_000 + number)
        }
    }

    private func assertEveryCheckerCompletes(_ text: String, previous: Report?, case number: Int, line: UInt = #line) throws {
        let run = try Engine(checkers: RegisteredCheckers.all).run(CheckContext.detected(ReportParser.parse(text), previous: previous))
        let failures = run.findings.filter { $0.ruleID == "engine.plugin-failure" }.map(\.message)
        XCTAssertEqual(failures, [], "\(FaultSeed.describe(case: number))", line: line)
        XCTAssertEqual(run.checkers.count, RegisteredCheckers.all.count, line: line)
    }
}
