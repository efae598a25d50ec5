import AuditEngine
import AuditStore
import CheckerKit
import FindingsModel
@testable import FindingsStore
import Foundation
import XCTest

/// Triage decisions on their own ref: they follow the fingerprint and their log is the audit trail.
final class TriageTests: XCTestCase {
    private var fixture: StoreFixture!
    private var ledger: TriageLedger!

    override func setUpWithError() throws {
        fixture = try StoreFixture()
        ledger = try TriageLedger(workspace: fixture.workspace)
    }

    private func decide(_ finding: Finding, _ status: TriageStatus, _ reason: String, at revision: Revision, by reviewer: String) throws {
        let signature = try fixture.workspace.signature(named: reviewer)
        let decision = TriageDecision(
            fingerprint: finding.fingerprint, status: status, reason: reason,
            reviewer: signature.name, email: signature.email, decidedAt: signature.date, revision: revision.ref
        )
        try ledger.record(decision, signedBy: signature)
    }

    func testTriageFollowsTheFingerprintIntoTheNextRevisionAndItsLogShowsWhoWhenWhy() throws {
        let first = try fixture.commitRecording("2021", ["标记 甲 应为 1 实为 2", "标记 乙 应为 3 实为 4"])
        let finding = try XCTUnwrap(fixture.checks.recorded(first).run.findings.first { $0.message.hasPrefix("甲") })
        let before = Date(timeIntervalSinceNow: -2)
        try decide(finding, .falsePositive, "甲 is a subtotal", at: first, by: "Li Wei <li.wei@example.org>")

        let second = try fixture.commitRecording("2021", ["新的一段", "标记 甲 应为 1 实为 2", "标记 乙 应为 3 实为 4"])
        let decisions = try ledger.decisions()
        let triaged = try fixture.checks.recorded(second).run.findings.filter { decisions[$0.fingerprint] != nil }
        XCTAssertEqual(triaged.map(\.message), ["甲 should be 1, not 2"])
        XCTAssertEqual(decisions[finding.fingerprint]?.suppression, Suppression(
            status: .accepted, decision: "false-positive", justification: "甲 is a subtotal", reviewer: "Li Wei <li.wei@example.org>"
        ))

        let log = try ledger.log()
        XCTAssertEqual(log.count, 1)
        XCTAssertEqual(log[0].reviewer, "Li Wei")
        XCTAssertEqual(log[0].email, "li.wei@example.org")
        XCTAssertEqual(log[0].summary, "triage \(finding.shortID): false-positive — 甲 is a subtotal")
        XCTAssertGreaterThanOrEqual(log[0].date, before)
    }

    func testALaterDecisionReplacesTheEarlierOneAndBothStayInTheLog() throws {
        let revision = try fixture.commitRecording("2021", ["标记 甲 应为 1 实为 2"])
        let finding = try XCTUnwrap(fixture.checks.recorded(revision).run.findings.first)
        try decide(finding, .underReview, "asking the bureau", at: revision, by: "Li Wei <li.wei@example.org>")
        try decide(finding, .wontFix, "already published", at: revision, by: "Zhang Min <zhang.min@example.org>")
        XCTAssertEqual(try ledger.decisions()[finding.fingerprint]?.status, .wontFix)
        XCTAssertEqual(try ledger.log().map(\.reviewer), ["Zhang Min", "Li Wei"])
    }

    func testADecisionWithoutAReasonIsRefusedAndNothingIsWritten() throws {
        let revision = try fixture.commitRecording("2021", ["标记 甲 应为 1 实为 2"])
        let finding = try XCTUnwrap(fixture.checks.recorded(revision).run.findings.first)
        XCTAssertThrowsError(try decide(finding, .accepted, "  ", at: revision, by: "Li Wei <li.wei@example.org>")) { error in
            XCTAssertEqual(error as? FindingsStoreError, .emptyReason)
        }
        XCTAssertTrue(try ledger.log().isEmpty)
    }
}
