import AuditEngine
import CheckerKit
import CheckerRegistry
import Foundation
import ReportModel
import TestSupport
import XCTest

/// The checkers over the three Shanghai reports' layout text. Their fixtures' identities all
/// hold up to rounding (Tests/Fixtures/shanghai-putuo/, checked by the fixtures' authors
/// against the rendered pages), so no table identity may be a warning or an error: each
/// difference is a rounding note.
final class ShanghaiReconciliationTests: XCTestCase {
    private func findings(_ stem: String) throws -> [Finding] {
        let report = ReportParser.parse(try ShanghaiReports.text(of: stem))
        return try Engine(checkers: RegisteredCheckers.all).run(CheckContext(report: report)).findings
    }

    func testTableIdentitiesGiveNoWarningOrError() throws {
        for stem in ShanghaiReports.stems {
            let tableRules = try findings(stem).filter { finding in
                ["total-reconciliation.coded-hierarchy", "total-reconciliation.total-row", "total-reconciliation.row-sum",
                 "total-reconciliation.summary-table", "total-reconciliation.cross-table", "total-reconciliation.suspect-figure"].contains(finding.ruleID)
            }
            let alarms = tableRules.filter { $0.level != .note }
            XCTAssertEqual(alarms.map(\.message), [], stem)
            if stem.hasPrefix("template") { XCTAssertEqual(tableRules.count, 0, "the blank template has no figures to disagree") }
        }
    }

    /// caizhengju's summary tables print 社会保障和就业支出 326.71 where the detail tables print
    /// 326.72 = 84.65 + 160.75 + 80.38 + 0.94: a difference of 0.01 within the bound of two
    /// half-units (0.005 + 0.005), so a note.
    func testSummaryAgainstDetailDifferenceIsARoundingNote() throws {
        let notes = try findings("caizhengju-2024").filter { $0.ruleID == "total-reconciliation.cross-table" && $0.message.contains("326.71") }
        XCTAssertEqual(notes.count, 2)
        XCTAssertTrue(notes.allSatisfy { $0.level == .note && $0.message.contains("326.72") })
    }
}
