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
        return try Engine(checkers: RegisteredCheckers.all).run(CheckContext.detected(report)).findings
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

    /// Page 21 (四、财政拨款收入支出决算总体情况说明, rendered and read) prints "2024年度财政拨款收入支出总计
    /// 0.3万元"; page 13's 财政拨款收入支出决算总表 prints 总计 2,961.68 = 本年收入合计 2,940.05 + 年初财政拨款结转和结余
    /// 21.63. 0.3 − 2,961.68 = −2,961.38, far beyond the bound 0.05 + 0.005; in 亿元 the table's
    /// 2,961.68 is 0.296168, inside 0.3's interval [0.25, 0.35]: the unit is what is wrong.
    func testTheAppropriationGrandTotalRestatedInTheWrongUnitIsAnError() throws {
        let restatements = try findings("caizhengju-2024").filter { $0.ruleID == Self.restatementRule && $0.message.contains("收入支出总计") }
        XCTAssertEqual(restatements.map(\.level), [.error], restatements.map(\.message).joined(separator: "\n"))
        let message = restatements.first?.message ?? ""
        XCTAssertTrue(message.contains("财政拨款收入支出总计 0.3 万元 ≠ 财政拨款收入支出决算总表 总计 2,961.68 万元 (difference -2,961.38 万元)"), message)
        XCTAssertTrue(message.contains("2,961.68 万元 is 0.30 亿元: wrong unit?"), message)
        XCTAssertEqual(restatements.first?.locations.first?.logical.hasSuffix("年度财政拨款收入支出总计"), true)
    }

    /// Page 21's 一、收入支出决算总体情况说明 restates 收入支出决算总表's 总计 2,995.39 (page 7) as 2995.39万元:
    /// silent as printed, an error once the narrative says 2995.49; and "0.30亿元" for 2,961.68 万元
    /// (0.296168 亿元, which rounds to 0.30) is silent.
    func testTheGrandTotalRestatementsAreChecked() throws {
        let restatements = { (edit: @escaping (String) -> String) in
            try self.findings("caizhengju-2024", editing: edit).filter { $0.ruleID == Self.restatementRule && $0.message.contains("收入支出总计") }
        }
        let changed = try restatements { $0.replacingOccurrences(of: "收入支出总计2995.39万元", with: "收入支出总计2995.49万元") }
        XCTAssertTrue(changed.contains { $0.level == .error && $0.message.contains("收入支出总计 2995.49 ≠ 收入支出决算总表 总计 2,995.39 (difference 0.10)") },
                      changed.map(\.message).joined(separator: "\n"))
        XCTAssertEqual(changed.count, 2, changed.map(\.message).joined(separator: "\n"))
        let corrected = try restatements { $0.replacingOccurrences(of: "收入支出总计0.3万元", with: "收入支出总计0.30亿元") }
        XCTAssertEqual(corrected.map(\.message), [])
    }

    private static let restatementRule = "total-reconciliation.restatement"

    private static let tableRules: Set<String> = [
        "total-reconciliation.coded-hierarchy", "total-reconciliation.total-row", "total-reconciliation.row-sum",
        "total-reconciliation.summary-table", "total-reconciliation.cross-table", "total-reconciliation.suspect-figure",
    ]

    /// Plain `pdftotext -layout` text misplaces some cells; the tables whose columns do not line
    /// up are left unchecked rather than reported wrong.
    func testPdftotextLayoutTextGivesNoFalseAlarm() throws {
        for stem in ShanghaiReports.stems {
            let report = ReportParser.parse(try ShanghaiReports.pdftotextLayout(of: stem))
            let alarms = try Engine(checkers: RegisteredCheckers.all).run(CheckContext.detected(report)).findings
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
