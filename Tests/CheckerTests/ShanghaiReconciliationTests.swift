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
    private func findings(_ stem: String, editing edit: (String) -> String = { $0 }) throws -> [Finding] {
        let report = ReportParser.parse(edit(try ShanghaiReports.text(of: stem)))
        return try Engine(checkers: RegisteredCheckers.all).run(CheckContext(report: report)).findings
    }

    /// caizhengju's 行政运行 row: 1,511.89 = 1,503.52 + 8.37 in 支出决算表 and in
    /// 一般公共预算财政拨款支出决算表. Printed 8.47 instead, the row no longer adds up (by 0.10,
    /// beyond the bound of 0.015) in both tables: the checks see the Shanghai cells.
    func testAChangedProjectFigureBreaksBothRowSums() throws {
        let errors = try findings("caizhengju-2024") { $0.replacingOccurrences(of: "8.37", with: "8.47") }
            .filter { $0.level == .error && $0.ruleID == "total-reconciliation.row-sum" }
        XCTAssertEqual(errors.count, 2, errors.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(errors.allSatisfy { $0.message.contains("1,511.89") && $0.message.contains("= 1,511.99") })
    }

    /// 收入支出决算总表's 收入 总计 2,995.39 = 2,946.25 + 49.14 (本年收入合计 + 年初结转和结余);
    /// printed 2,995.49 on the income side only, the two sides no longer balance and that figure
    /// is named as the one to repair.
    func testAChangedGrandTotalUnbalancesTheSummary() throws {
        let errors = try findings("caizhengju-2024") { text in
            guard let first = text.range(of: "2,995.39") else { return text }
            return text.replacingCharacters(in: first, with: "2,995.49")
        }.filter { $0.level == .error && Self.tableRules.contains($0.ruleID) }
        XCTAssertEqual(errors.count, 1, errors.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(errors.first?.message.contains("2,995.39 would repair") == true, errors.first?.message ?? "")
    }

    private static let tableRules: Set<String> = [
        "total-reconciliation.coded-hierarchy", "total-reconciliation.total-row", "total-reconciliation.row-sum",
        "total-reconciliation.summary-table", "total-reconciliation.cross-table", "total-reconciliation.suspect-figure",
    ]

    /// Plain `pdftotext -layout` text misplaces some cells; the tables whose columns do not line
    /// up are left unchecked rather than reported wrong.
    func testPdftotextLayoutTextGivesNoFalseAlarm() throws {
        for stem in ShanghaiReports.stems {
            let report = ReportParser.parse(try ShanghaiReports.pdftotextLayout(of: stem))
            let alarms = try Engine(checkers: RegisteredCheckers.all).run(CheckContext(report: report)).findings
                .filter { Self.tableRules.contains($0.ruleID) && $0.level != .note }
            XCTAssertEqual(alarms.map(\.message), [], stem)
        }
    }

    func testTableIdentitiesGiveNoWarningOrError() throws {
        for stem in ShanghaiReports.stems {
            let tableRules = try findings(stem).filter { Self.tableRules.contains($0.ruleID) }
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
