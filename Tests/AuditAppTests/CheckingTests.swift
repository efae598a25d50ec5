import AuditApp
import AuditStore
import CheckerKit
import FindingsModel
import FindingsStore
import Foundation
import XCTest

/// `check`, `findings`, `diff` and `report` through the application layer.
final class CheckingTests: AppWorkspace {
    func testCheckRevisionRunsOnlyTheCheckersAskedFor() throws {
        try store("2021", Self.report2021)
        let checked = try CheckRevision(workspace: workspace).run("2021", only: ["total-reconciliation"])
        XCTAssertEqual(checked.reviewed.run.checkers.map(\.id), ["total-reconciliation"])
        XCTAssertTrue(checked.reviewed.run.findings.allSatisfy { $0.ruleID.hasPrefix("total-reconciliation.") })
        XCTAssertEqual(checked.subject.label, "2021@1")
        XCTAssertThrowsError(try CheckRevision(workspace: workspace).run("2021", only: ["no-such-checker"]))
    }

    func testCheckRevisionAppliesAudityml() throws {
        try store("2021", Self.report2021)
        try writeConfiguration("checkers:\n  total-reconciliation:\n    enabled: false\n")
        let ids = try CheckRevision(workspace: workspace).run("2021").reviewed.run.checkers.map(\.id)
        XCTAssertFalse(ids.contains("total-reconciliation"), "\(ids)")
        XCTAssertTrue(ids.contains("inconsistent-figures"), "\(ids)")
    }

    func testReviewFindingsComparesTheRecordWithABaseline() throws {
        try store("2021", Self.report2021)
        let edited = directory.appendingPathComponent("2021-edited.txt")
        let text = try String(contentsOf: Self.report2021, encoding: .utf8)
        // A line of its own above every finding: fingerprints ignore line numbers.
        try Data(("说明\n\n" + text).utf8).write(to: edited)
        try store("2021", edited)
        let checked = try ReviewFindings(workspace: workspace).run("2021@2", baseline: "2021@1")
        XCTAssertTrue(checked.reviewed.warnings.isEmpty, "\(checked.reviewed.warnings)")
        XCTAssertFalse(checked.reviewed.run.findings.isEmpty)
        let states = Set(checked.reviewed.run.findings.compactMap { checked.reviewed.reviews[$0.fingerprint]?.baselineState })
        XCTAssertEqual(states, [.unchanged])
    }

    func testReviewFindingsRecomputesAMissingRecordWithAWarningAndRecordsIt() throws {
        try store("2021", Self.report2021)
        try writeConfiguration("checkers:\n  total-reconciliation:\n    enabled: false\n")
        let file = directory.appendingPathComponent("unrecorded.txt")
        try Data("一、说明\n\n本年度无变化。\n".utf8).write(to: file)
        // Committed by the store alone, as another tool would: no findings recorded.
        _ = try workspace.commit(version: "draft", file: file, message: nil, author: Self.author)
        let checked = try ReviewFindings(workspace: workspace).run("draft")
        XCTAssertEqual(checked.reviewed.warnings.map(\.en), ["no findings recorded for draft@1; recomputed and recorded them"])
        // Written back, so the next read answers from the record without a warning.
        XCTAssertEqual(try ReviewFindings(workspace: workspace).run("draft").reviewed.warnings, [])
    }

    func testCompareRevisionsNamesBothAndFindsTheChangedFigures() throws {
        try store("2020", Self.report2020)
        try store("2021", Self.report2021)
        let document = try CompareRevisions(workspace: workspace).run(old: "2020", new: "2021")
        XCTAssertTrue(document.title.contains("2020@1") && document.title.contains("2021@1"), document.title)
        XCTAssertFalse(document.changes.tables.cells.isEmpty)
        let same = try CompareRevisions(workspace: workspace).run(old: "2021", new: "2021@1")
        XCTAssertTrue(same.changes.tables.cells.isEmpty && same.changes.paragraphs.isEmpty && same.changes.figures.isEmpty)
    }

    func testBuildReviewReportHasAnEntryPerFindingAndTheChanges() throws {
        try store("2020", Self.report2020)
        try store("2021", Self.report2021)
        let (document, warnings) = try BuildReviewReport(workspace: workspace).run("2021", baseline: "2020")
        XCTAssertTrue(warnings.isEmpty, "\(warnings)")
        let compared = try ReviewFindings(workspace: workspace).run("2021", baseline: "2020").reviewed.run.findings
        XCTAssertEqual(document.entries.map(\.finding.fingerprint), Self.severestFirst(compared).map(\.fingerprint))
        XCTAssertNotNil(document.highlights)
        XCTAssertNil(try BuildReviewReport(workspace: workspace).run("2021").document.highlights)
    }

    private static func severestFirst(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { $0.element.level != $1.element.level ? $0.element.level > $1.element.level : $0.offset < $1.offset }.map(\.element)
    }
}
