import AuditEngine
import AuditStore
import CheckerKit
import FindingsModel
@testable import FindingsStore
import XCTest

/// A finding's history over every revision, and finding ids as prefixes of fingerprints.
final class HistoryTests: XCTestCase {
    private var fixture: StoreFixture!

    override func setUpWithError() throws {
        fixture = try StoreFixture()
    }

    func testHistoryNamesFirstSightingAndFix() throws {
        let first = try fixture.commitRecording("2021", ["标记 甲 应为 1 实为 2"])
        let second = try fixture.commitRecording("2021", ["概况", "标记 甲 应为 1 实为 2"])
        let third = try fixture.commitRecording("2021", ["概况"])
        let timeline = try StoreTimeline(checks: fixture.checks)
        let fingerprint = try timeline.fingerprint(for: try fixture.checks.recorded(first).run.findings[0].shortID)
        let history = timeline.history(of: fingerprint)
        XCTAssertEqual(history.appearances.map(\.revision.ref), [first.ref, second.ref])
        XCTAssertEqual(history.events, [.firstSeen(first), .fixed(third)])
        XCTAssertTrue(timeline.warnings.isEmpty)
    }

    func testFindingIDsMustBeUniqueHexPrefixes() throws {
        let fingerprints: Set<String> = ["abcd1234", "abce5678"]
        XCTAssertEqual(try FindingIDs.resolve("ABCD", among: fingerprints), "abcd1234")
        XCTAssertThrowsError(try FindingIDs.resolve("abc", among: fingerprints)) {
            XCTAssertEqual($0 as? FindingsStoreError, .badFindingID("abc"))
        }
        XCTAssertThrowsError(try FindingIDs.resolve("abcx", among: fingerprints)) {
            XCTAssertEqual($0 as? FindingsStoreError, .badFindingID("abcx"))
        }
        XCTAssertThrowsError(try FindingIDs.resolve("abcf", among: fingerprints)) {
            XCTAssertEqual($0 as? FindingsStoreError, .unknownFinding("abcf"))
        }
        XCTAssertThrowsError(try FindingIDs.resolve("abcd", among: ["abcd1", "abcd2"])) {
            XCTAssertEqual($0 as? FindingsStoreError, .ambiguousFinding("abcd", candidates: ["abcd1", "abcd2"]))
        }
    }
}
