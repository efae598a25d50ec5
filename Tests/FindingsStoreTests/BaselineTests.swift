import AuditEngine
import AuditStore
import CheckerKit
import FindingsModel
@testable import FindingsStore
import XCTest

/// Baselines between recorded revisions, matched by fingerprint and place, never by line or count.
final class BaselineTests: XCTestCase {
    private var fixture: StoreFixture!

    override func setUpWithError() throws {
        fixture = try StoreFixture()
    }

    private func states(_ revision: Revision, against baseline: Revision) throws -> [String: BaselineState] {
        let compared = BaselineComparison.compare(
            try fixture.checks.recorded(revision).run.findings, baseline: try fixture.checks.recorded(baseline).run.findings
        )
        return Dictionary(uniqueKeysWithValues: compared.map { ("\($0.finding.locations[0].logical) \($0.finding.message)", $0.state) })
    }

    func testAFixedFindingIsAbsentAndANewOneIsNew() throws {
        let first = try fixture.commitRecording("2021", ["概况", "标记 甲 应为 1 实为 2"])
        let second = try fixture.commitRecording("2021", ["概况", "标记 乙 应为 3 实为 4"])
        XCTAssertEqual(try states(second, against: first), [
            "标记 甲 甲 should be 1, not 2": .absent,
            "标记 乙 乙 should be 3, not 4": .new,
        ])
    }

    func testAnEditAboveAFindingKeepsItUnchanged() throws {
        let first = try fixture.commitRecording("2021", ["概况", "标记 甲 应为 1 实为 2"])
        let second = try fixture.commitRecording("2021", ["概况", "新增的一段说明", "又一段", "标记 甲 应为 1 实为 2"])
        let findings = try fixture.checks.recorded(second).run.findings
        XCTAssertNotEqual(findings[0].locations[0].span, try fixture.checks.recorded(first).run.findings[0].locations[0].span,
                          "the finding must have moved for this test to mean anything")
        XCTAssertEqual(try states(second, against: first), ["标记 甲 甲 should be 1, not 2": .unchanged])
    }

    func testOtherFiguresAtTheSamePlaceAreUpdated() throws {
        let first = try fixture.commitRecording("2021", ["标记 甲 应为 1 实为 2"])
        let second = try fixture.commitRecording("2021", ["标记 甲 应为 1 实为 5"])
        XCTAssertEqual(try states(second, against: first), ["标记 甲 甲 should be 1, not 5": .updated])
    }

    func testSwappingAFixedFindingForANewOneOfTheSameRuleShowsBoth() throws {
        let first = try fixture.commitRecording("2021", ["标记 甲 应为 1 实为 2", "标记 丙 应为 7 实为 8"])
        let second = try fixture.commitRecording("2021", ["标记 乙 应为 1 实为 2", "标记 丙 应为 7 实为 8"])
        XCTAssertEqual(try states(second, against: first), [
            "标记 甲 甲 should be 1, not 2": .absent,
            "标记 乙 乙 should be 1, not 2": .new,
            "标记 丙 丙 should be 7, not 8": .unchanged,
        ])
    }

    func testEachBaselineFindingPairsWithAtMostOneCurrentFinding() {
        let finding = Finding(ruleID: "r", level: .error, message: "m", locations: [FindingLocation(span: nil, logical: "p")])
        let compared = BaselineComparison.compare([finding, finding], baseline: [finding])
        XCTAssertEqual(compared.map(\.state), [.unchanged, .new])
    }
}
