import AuditStore
import CheckerKit
@testable import FindingsStore
import Foundation
import XCTest

/// Findings recorded with revisions: kept as found, and recomputed with a warning when the
/// record is missing or damaged.
final class FindingsRecordTests: XCTestCase {
    private var fixture: StoreFixture!

    override func setUpWithError() throws {
        fixture = try StoreFixture()
    }

    func testARecordedRevisionAnswersFromItsRecordWithoutWarning() throws {
        let revision = try fixture.commitRecording("2021", ["标记 甲 应为 1 实为 2"])
        let recorded = try fixture.checks.recorded(revision)
        XCTAssertNil(recorded.warning)
        XCTAssertEqual(recorded.run.findings.map(\.message), ["甲 should be 1, not 2"])
    }

    func testRecordedFindingsStayAsTheyWereWhenTheCheckersChange() throws {
        let revision = try fixture.commitRecording("2021", ["标记 甲 应为 1 实为 2"])
        let withoutMarker = try fixture.checks(with: [])
        XCTAssertEqual(try withoutMarker.recorded(revision).run.findings.count, 1)
        XCTAssertEqual(try withoutMarker.run(revision).findings.count, 0, "checking on demand uses today's checkers")
    }

    func testAMissingRecordIsRecomputedWithAWarning() throws {
        let revision = try fixture.commit("2021", ["标记 甲 应为 1 实为 2"])
        let recorded = try fixture.checks.recorded(revision)
        XCTAssertEqual(recorded.warning?.en, "no findings recorded for 2021@1; recomputed and recorded them")
        XCTAssertEqual(recorded.run.findings.map(\.message), ["甲 should be 1, not 2"])
    }

    /// A missing record used to be recomputed on every read and never written back.
    func testARecomputedMissingRecordIsWrittenBackOnceAndReadFromThen() throws {
        let revision = try fixture.commit("2021", ["标记 甲 应为 1 实为 2"])
        _ = try fixture.checks.recorded(revision)
        let again = try fixture.checks(with: []).recorded(revision)
        XCTAssertNil(again.warning)
        XCTAssertEqual(again.run.findings.map(\.message), ["甲 should be 1, not 2"], "answered from the record, not today's checkers")
        XCTAssertEqual(try FindingsRecords(workspace: fixture.workspace).reference("2021").history().count, 1)
    }

    /// Two readers finding the record missing at once write it once: the second sees the first's.
    func testAWriteBackNeverReplacesARecordWrittenMeanwhile() throws {
        let revision = try fixture.commitRecording("2021", ["标记 甲 应为 1 实为 2"])
        let records = try FindingsRecords(workspace: fixture.workspace)
        let recomputed = FindingsRecord(
            version: "2021", revision: 1, commitID: revision.commitID, recordedAt: Date(), run: try fixture.checks(with: []).run(revision)
        )
        try records.writeIfMissing(recomputed, by: try fixture.workspace.signature(named: nil))
        XCTAssertEqual(try records.reference("2021").history().count, 1)
        XCTAssertEqual(try fixture.checks.recorded(revision).run.findings.count, 1)
    }

    func testADamagedRecordIsRecomputedWithAWarning() throws {
        let revision = try fixture.commitRecording("2021", ["标记 甲 应为 1 实为 2"])
        let records = try FindingsRecords(workspace: fixture.workspace)
        try records.reference("2021").append(
            message: "damage\n", author: try fixture.workspace.signature(named: nil), in: fixture.workspace
        ) { _ in [FindingsRecord.fileName(commitID: revision.commitID): Data("{ not json".utf8)] }
        let recorded = try fixture.checks.recorded(revision)
        XCTAssertEqual(recorded.warning?.en, "findings record of 2021@1 is damaged (\(revision.commitID).json is not a findings record); recomputed them")
        XCTAssertEqual(recorded.run.findings.map(\.message), ["甲 should be 1, not 2"])
    }

    func testEachRecordIsACommitOnTheVersionsFindingsRefKeepingEarlierRecords() throws {
        let first = try fixture.commitRecording("2021", ["标记 甲 应为 1 实为 2"])
        let second = try fixture.commitRecording("2021", ["概况"])
        let reference = try FindingsRecords(workspace: fixture.workspace).reference("2021")
        XCTAssertEqual(try reference.history().count, 2)
        XCTAssertEqual(Set(try reference.files().map(\.name)), ["\(first.commitID).json", "\(second.commitID).json"])
        XCTAssertEqual(try reference.history()[0].message.split(separator: "\n")[0], "findings 2021@2: 0 errors, 0 warnings, 0 notes")
    }
}
