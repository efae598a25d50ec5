import CheckerKit
import InconsistentFigures
import ReportModel
import XCTest

/// The description's own examples, run through the checker directly (CheckerTests runs them
/// again through the engine, for every registered checker).
final class CheckerDescriptionTests: XCTestCase {
    private let description = InconsistentFigures.description

    func testTriggeringExamplesProduceTheirFindings() throws {
        for example in description.triggeringExamples {
            let findings = try Snippets.findings(ReportParser.parse(example.text))
            for expected in example.findings {
                XCTAssertTrue(findings.contains(where: expected.matches), "“\(example.title)”: missing \(expected); got \(findings.map(\.message))")
            }
        }
    }

    func testNonTriggeringExamplesProduceNoWarnings() throws {
        for example in description.nonTriggeringExamples {
            let findings = try Snippets.findings(ReportParser.parse(example.text))
            XCTAssertFalse(example.findings.contains { expected in findings.contains(where: expected.matches) }, example.title)
            XCTAssertEqual(findings.filter { $0.level >= .warning }.map(\.message), [], example.title)
        }
    }

    func testEveryRuleIsDescribed() {
        let ruleIDs = Set(description.rules.map(\.id))
        let exampleRuleIDs = Set((description.triggeringExamples + description.nonTriggeringExamples).flatMap(\.findings).map(\.ruleID))
        XCTAssertTrue(exampleRuleIDs.isSubset(of: ruleIDs), "\(exampleRuleIDs.subtracting(ruleIDs))")
        XCTAssertEqual(ruleIDs.count, 13)
    }

    /// A finding keeps its identity when text elsewhere moves its lines.
    func testFingerprintsIgnoreLineNumbers() throws {
        let first = "大厅自启用以来，累计接待群众和企业人数 123788 人。"
        let second = "大厅自启用以来，接待群众和企业人数 127748 人。"
        let before = try Snippets.findings(first, second)
        let after = try Snippets.findings("本部门基本情况。", "本年度无其他说明。", first, second)
        XCTAssertEqual(before.count, 1)
        XCTAssertNotEqual(before.map(\.message), after.map(\.message))
        XCTAssertEqual(before.map(\.fingerprint), after.map(\.fingerprint))
    }
}
