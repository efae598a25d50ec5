import AuditEngine
import CheckerKit
import CheckerRegistry
import ReportModel
import XCTest

/// Runs every registered checker's own examples through the real parser and engine: each
/// triggering example must produce every finding it lists, each non-triggering example none
/// of them and no error or warning at all.
final class CheckerExamplesTests: XCTestCase {
    func testEveryRegisteredCheckerHasExamplesOfBothKinds() {
        for checker in RegisteredCheckers.all {
            XCTAssertFalse(checker.description.triggeringExamples.isEmpty, checker.description.id)
            XCTAssertFalse(checker.description.nonTriggeringExamples.isEmpty, checker.description.id)
        }
    }

    func testTriggeringExamplesProduceTheirFindings() throws {
        for checker in RegisteredCheckers.all {
            for example in checker.description.triggeringExamples {
                let findings = try run(checker, on: example)
                for expected in example.findings {
                    XCTAssertTrue(findings.contains(where: expected.matches), "\(checker.description.id) “\(example.title)”: missing \(expected); got \(findings.map(\.message))")
                }
            }
        }
    }

    func testNonTriggeringExamplesProduceNoneOfThem() throws {
        for checker in RegisteredCheckers.all {
            for example in checker.description.nonTriggeringExamples {
                let findings = try run(checker, on: example)
                for unexpected in example.findings {
                    XCTAssertFalse(findings.contains(where: unexpected.matches), "\(checker.description.id) “\(example.title)”: produced \(unexpected)")
                }
                let serious = findings.filter { $0.level >= .warning }
                XCTAssertTrue(serious.isEmpty, "\(checker.description.id) “\(example.title)”: \(serious.map(\.message))")
            }
        }
    }

    private func run(_ checker: any Checker.Type, on example: CheckerExample) throws -> [Finding] {
        let context = CheckContext(report: ReportParser.parse(example.report), previous: example.previous.map(ReportParser.parse))
        let run = try Engine(checkers: [checker]).run(context, only: [checker.description.id])
        XCTAssertNil(run.checkers.first?.failure, example.title)
        return run.findings
    }
}
