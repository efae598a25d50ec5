import AuditApp
import AuditStore
import CheckerKit
import FindingsModel
import FindingsStore
import Foundation
import XCTest

/// `triage`, `triage --log` and `history` through the application layer.
final class TriageTests: AppWorkspace {
    func testATriagedFindingIsSuppressedInChecksAndLogged() throws {
        try store("2021", Self.report2021)
        let finding = try XCTUnwrap(CheckRevision(workspace: workspace).run("2021").reviewed.run.findings.first)
        let (decision, warnings) = try TriageFinding(workspace: workspace)
            .record(finding.shortID, status: .falsePositive, reason: "rounded in the source", reviewer: "Reviewer <r@example.org>")
        XCTAssertTrue(warnings.isEmpty, "\(warnings)")
        XCTAssertEqual(decision.fingerprint, finding.fingerprint)
        XCTAssertEqual(decision.revision, "2021@1")
        XCTAssertEqual(decision.reviewer, "Reviewer")

        let checked = try CheckRevision(workspace: workspace).run("2021").reviewed
        XCTAssertEqual(checked.reviews[finding.fingerprint]?.suppression?.decision, "false-positive")
        XCTAssertEqual(checked.untriaged.findings.count, checked.run.findings.count - 1)

        let log = try TriageFinding(workspace: workspace).log()
        XCTAssertEqual(log.count, 1)
        XCTAssertEqual(log.first?.summary, "triage \(finding.shortID): false-positive — rounded in the source")
        XCTAssertEqual(log.first?.email, "r@example.org")
    }

    func testTraceFindingFollowsAFindingAcrossRevisions() throws {
        try store("2021", Self.report2021)
        let finding = try XCTUnwrap(CheckRevision(workspace: workspace).run("2021").reviewed.run.findings.first)
        let fixed = directory.appendingPathComponent("fixed.txt")
        try Data("一、说明\n\n本年度无变化。\n".utf8).write(to: fixed)
        try store("2021", fixed)
        let traced = try TraceFinding(workspace: workspace).run(finding.shortID)
        XCTAssertEqual(traced.history.entries.map(\.revision.ref), ["2021@1", "2021@2"])
        XCTAssertEqual(traced.history.appearances.map(\.revision.ref), ["2021@1"])
        XCTAssertEqual(traced.history.events.count, 2)
        XCTAssertNil(traced.decision)
        XCTAssertThrowsError(try TraceFinding(workspace: workspace).run("zz"))
    }
}
