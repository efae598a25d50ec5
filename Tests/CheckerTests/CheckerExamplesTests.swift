import AuditEngine
import CheckerKit
import CheckerRegistry
import ReportModel
import TestSupport
import XCTest

/// Runs every registered checker's own examples through the real parser and engine. A
/// triggering example must list what it expects, and produce exactly that many findings of
/// each expected kind at the expected place; a non-triggering example none of them and no error
/// or warning at all. Each failure names the checker and the example.
final class CheckerExamplesTests: XCTestCase {
    func testEveryRegisteredCheckerHasExamplesOfBothKinds() {
        for checker in RegisteredCheckers.all {
            XCTAssertFalse(checker.description.triggeringExamples.isEmpty, checker.description.id)
            XCTAssertFalse(checker.description.nonTriggeringExamples.isEmpty, checker.description.id)
        }
    }

    func testTriggeringExamplesProduceTheirFindingsWhereTheySay() throws {
        for checker in RegisteredCheckers.all {
            for example in checker.description.triggeringExamples {
                for failure in try Self.failures(ofTriggering: example, checker) {
                    XCTFail("\(checker.description.id) “\(example.title)”: \(failure)")
                }
            }
        }
    }

    func testNonTriggeringExamplesProduceNoneOfThem() throws {
        for checker in RegisteredCheckers.all {
            for example in checker.description.nonTriggeringExamples {
                let findings = try Self.run(checker, on: example)
                for unexpected in example.findings where !example.matches(of: unexpected, in: findings).isEmpty {
                    XCTFail("\(checker.description.id) “\(example.title)”: produced \(unexpected)")
                }
                let serious = findings.filter { $0.level >= .warning }
                XCTAssertTrue(serious.isEmpty, "\(checker.description.id) “\(example.title)”: \(serious.map(\.message))")
            }
        }
    }

    /// The judge itself: an example that lists nothing, a finding at the wrong place or in the
    /// wrong number, each fails; the right ones pass.
    func testTheJudgeFailsAnExampleForTheRightReasons() throws {
        let checker = try XCTUnwrap(RegisteredCheckers.all.first { $0.description.id == "total-reconciliation" })
        let example = try XCTUnwrap(checker.description.triggeringExamples.first)
        XCTAssertEqual(try Self.failures(ofTriggering: example, checker), [])
        XCTAssertEqual(example.markers.count, 1)

        var silent = example
        silent.findings = []
        XCTAssertEqual(try Self.failures(ofTriggering: silent, checker), ["a triggering example must list the findings it expects"])

        var nowhere = example
        nowhere.findings[0].place = nil
        XCTAssertEqual(try Self.failures(ofTriggering: nowhere, checker).count, 1)

        var elsewhere = example
        elsewhere.report = example.report.replacingOccurrences(of: "↓", with: "").replacingOccurrences(of: "2101102", with: "↓2101102")
        XCTAssertEqual(try Self.failures(ofTriggering: elsewhere, checker).first?.hasPrefix("expected 1 × error"), true)

        var twice = example
        twice.findings[0].count = 2
        XCTAssertEqual(try Self.failures(ofTriggering: twice, checker).first?.contains("found 1"), true)
    }

    /// Why a triggering example fails; empty when it passes.
    private static func failures(ofTriggering example: CheckerExample, _ checker: any Checker.Type) throws -> [String] {
        guard !example.findings.isEmpty else { return ["a triggering example must list the findings it expects"] }
        let findings = try run(checker, on: example)
        return example.findings.compactMap { expected in
            guard expected.place != nil else { return "\(expected) says not where the finding must be" }
            let matching = example.matches(of: expected, in: findings)
            guard matching.count != expected.count else { return nil }
            let got = findings.map { "\($0.level) \($0.ruleID) at \($0.locations.first?.span?.description ?? "-") “\($0.locations.first?.logical ?? "")”: \($0.message)" }
            return "expected \(expected), found \(matching.count); markers \(example.markers); got \(got)"
        }
    }

    private static func run(_ checker: any Checker.Type, on example: CheckerExample) throws -> [Finding] {
        let context = try CheckContext.detected(ReportParser.parse(example.text), previous: example.previous.map(ReportParser.parse))
        let run = try Engine(checkers: [checker]).run(context, only: [checker.description.id])
        XCTAssertNil(run.checkers.first?.failure, example.title)
        return run.findings
    }
}
