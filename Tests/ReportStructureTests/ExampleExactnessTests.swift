import CheckerKit
import ReportModel
import ReportStructure
import XCTest

/// The generic examples test asks that a triggering example produce the findings it lists;
/// here each must produce nothing else, so that every example shows one rule at work.
final class ExampleExactnessTests: XCTestCase {
    func testTriggeringExamplesProduceOnlyTheirFindings() throws {
        for example in ReportStructure.description.triggeringExamples {
            let findings = try ReportTexts.findings(example.text)
            let unexpected = findings.filter { finding in !example.findings.contains { $0.matches(finding) } }
            XCTAssertEqual(unexpected.map(\.message), [], example.title)
            XCTAssertEqual(findings.count, example.findings.count, "\(example.title): \(findings.map(\.message))")
        }
    }

    func testNonTriggeringExamplesProduceNothing() throws {
        for example in ReportStructure.description.nonTriggeringExamples {
            XCTAssertEqual(try ReportTexts.findings(example.text).map(\.message), [], example.title)
        }
    }
}
