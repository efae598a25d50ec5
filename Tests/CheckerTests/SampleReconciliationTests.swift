import AuditEngine
import CheckerKit
import XCTest

/// Total reconciliation over the unchanged sample: the tables reconcile apart from rounding,
/// and the only errors are the two real defects of its narrative.
final class SampleReconciliationTests: XCTestCase {
    private static let run = try! SampleText.reconcile(SampleText.original)

    func testCountsTheIdentitiesItChecked() {
        XCTAssertGreaterThan(Self.run.identitiesChecked, 500)
        XCTAssertNil(Self.run.checkers.first?.failure)
    }

    func testNoTableIdentityIsBroken() {
        let tableErrors = Self.run.findings.filter { $0.level == .error && $0.locations[0].logical.hasPrefix("表") }
        XCTAssertEqual(tableErrors.map(\.message), [])
    }

    /// 表2, 表3 and 表5 print 21011 行政事业单位医疗 as 22.93 while its 项 are 11.65 + 11.29 = 22.94:
    /// within the rounding bound 0.015, so a note in each of the two non-zero columns of each table.
    func testRoundingDifferencesAreNotes() {
        let notes = Self.run.findings.filter { $0.level == .note }
        XCTAssertEqual(notes.map(\.locations[0].logical), [
            "表2 / 21011 行政事业单位医疗 / 本年收入合计", "表2 / 21011 行政事业单位医疗 / 财政拨款收入",
            "表3 / 21011 行政事业单位医疗 / 本年支出合计", "表3 / 21011 行政事业单位医疗 / 基本支出",
            "表5 / 21011 行政事业单位医疗 / 本年支出合计", "表5 / 21011 行政事业单位医疗 / 基本支出",
        ])
        XCTAssertTrue(notes.allSatisfy { $0.ruleID == "total-reconciliation.coded-hierarchy" && $0.message.contains("22.94 (difference -0.01): rounding") })
    }

    /// The two errors are real defects of the sample's narrative:
    /// - 机关运行经费 "比上年决算数增加 87.70 万元，增长 78.58%" (last year 111.61, so it did rise) is
    ///   explained with "全年实际支出比上年数有所节约", a saving: the explanation contradicts the figures.
    /// - "回流数据总量 2339.9614 万条。其中" lists five databases of 20.2777 + 21.3214 + 1.5298 +
    ///   1078.1927 + 1270.3245 = 2391.6461 万条, more than the stated total.
    func testTheNarrativeDefectsAreTheOnlyErrors() {
        let errors = Self.run.findings.filter { $0.level == .error }
        XCTAssertEqual(errors.map(\.ruleID), ["total-reconciliation.direction", "total-reconciliation.enumeration"])
        XCTAssertTrue(errors[0].message.contains("“增加 87.70” is an increase, but the explanation says “比上年数有所节约”"), errors[0].message)
        XCTAssertTrue(errors[1].message.contains("= 2,391.6461 > 回流数据总量 2339.9614 (excess 51.6847)"), errors[1].message)
    }

    func testFingerprintsSurviveEditsElsewhere() throws {
        let shifted = try SampleText.reconcile("封面\n\n" + SampleText.original)
        XCTAssertEqual(shifted.findings.map(\.fingerprint), Self.run.findings.map(\.fingerprint))
        XCTAssertNotEqual(shifted.findings.first?.locations[0].span, Self.run.findings.first?.locations[0].span)
    }
}
