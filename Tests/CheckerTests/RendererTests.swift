import AuditEngine
import CheckerKit
import FindingsModel
import Foundation
import Rainbow
import XCTest

final class RendererTests: XCTestCase {
    private static let run = try! SampleRun.run()

    func testPlainTextIsGroupedAndEndsWithTheSummary() throws {
        let text = try OutputFormat.text.render(Self.run, subject: SampleRun.subject, colour: false)
        XCTAssertFalse(text.contains("\u{1B}["))
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "Findings in 2021@1")
        XCTAssertTrue(lines.contains("engine.plugin-failure — Checker failed (1)"), text)
        XCTAssertEqual(lines.suffix(2).first, "Findings: \(Self.run.count(.error)) errors, \(Self.run.count(.warning)) warnings, \(Self.run.count(.note)) notes")
        XCTAssertTrue(lines.last!.hasPrefix("Identities checked: \(Self.run.identitiesChecked) (total-reconciliation "), lines.last!)
        XCTAssertTrue(lines.last!.hasSuffix("throws failed)"), lines.last!)
    }

    func testColourOnlyWhenAskedFor() throws {
        let (enabled, target) = (Rainbow.enabled, Rainbow.outputTarget)
        defer { (Rainbow.enabled, Rainbow.outputTarget) = (enabled, target) }
        (Rainbow.enabled, Rainbow.outputTarget) = (true, .console)
        let coloured = try OutputFormat.text.render(Self.run, subject: SampleRun.subject, colour: true)
        XCTAssertTrue(coloured.contains("\u{1B}[31"), "errors in red")
        XCTAssertFalse(try OutputFormat.text.render(Self.run, subject: SampleRun.subject, colour: false).contains("\u{1B}["))
    }

    func testMarkdownHasSummaryAndOneTablePerRule() throws {
        let markdown = try OutputFormat.markdown.render(Self.run, subject: SampleRun.subject, colour: false)
        XCTAssertTrue(markdown.hasPrefix("# Audit of 2021@1\n\n- Findings: "))
        let rules = Set(Self.run.findings.map(\.ruleID))
        XCTAssertEqual(markdown.components(separatedBy: "| Level | Location | Line | Message |").count - 1, rules.count)
    }

    func testJSONCarriesSummaryAndEvidenceAsExactStrings() throws {
        let json = try OutputFormat.json.render(Self.run, subject: SampleRun.subject, colour: false)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let summary = try XCTUnwrap(document["summary"] as? [String: Int])
        XCTAssertEqual(summary["identitiesChecked"], Self.run.identitiesChecked)
        XCTAssertEqual(summary["errors"], Self.run.count(.error))
        let findings = try XCTUnwrap(document["findings"] as? [[String: Any]])
        let rounding = try XCTUnwrap(findings.first { ($0["ruleID"] as? String) == "total-reconciliation.coded-hierarchy" })
        let evidence = try XCTUnwrap(rounding["evidence"] as? [String: [String: String]])
        XCTAssertEqual(evidence["difference"]?["value"], "-0.01")
        XCTAssertEqual(evidence["tolerance"]?["value"], "0.015")
    }

    func testFailThresholds() {
        XCTAssertTrue(FailThreshold.error.isReached(by: Self.run))
        XCTAssertTrue(FailThreshold.note.isReached(by: Self.run))
        XCTAssertFalse(FailThreshold.never.isReached(by: Self.run))
        let notesOnly = AuditRun(findings: Self.run.findings.filter { $0.level == .note }, checkers: [], rules: [])
        XCTAssertFalse(FailThreshold.warning.isReached(by: notesOnly))
        XCTAssertTrue(FailThreshold.note.isReached(by: notesOnly))
    }
}
