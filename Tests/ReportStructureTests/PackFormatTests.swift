import CheckerKit
import ReportModel
import ReportStructure
import RulePacks
import TestSupport
import XCTest

/// The tables a format requires come from the report's rule pack: a pack that marks 表8
/// optional lets a report leave it out; the same report under the Guangdong pack is missing it.
final class PackFormatTests: XCTestCase {
    private static let optionalFund = """
        id: guangdong-optional-fund
        name: 广东省 2021, 表8 optional
        extends: guangdong-2021
        tables:
          表8:
            title: 政府性基金预算财政拨款收入支出决算表
            kind: government-fund
            columns: [年初结转和结余, 本年收入, 本年支出·小计, 本年支出·基本支出, 本年支出·项目支出, 年末结转和结余]
            rows: [合计]
            codes: functional
            required: false
        """

    private func missingTables(_ text: String, pack: String) throws -> [String] {
        let library = try PackLibrary.parse([("rules/optional.yml", Self.optionalFund)])
        let context = CheckContext(report: ReportParser.parse(text), pack: try XCTUnwrap(library.pack(pack)))
        return try ReportStructure(configuration: CheckerConfiguration(defaults: [])).check(context).findings
            .filter { $0.ruleID == "report-structure.missing-table" }.map(\.message)
    }

    func testARequiredTableIsThePacksToDecide() throws {
        let without表8 = ReportTexts.deleting(from: "表 8", through: "注：本表本年度无发生额", in: ReportTexts.seed)
        XCTAssertEqual(try missingTables(without表8, pack: "guangdong-2021").count, 1)
        XCTAssertTrue(try missingTables(without表8, pack: "guangdong-2021")[0].hasPrefix("政府性基金预算财政拨款收入支出决算表 is not printed"))
        XCTAssertEqual(try missingTables(without表8, pack: "guangdong-optional-fund"), [])
        XCTAssertEqual(try missingTables(ReportTexts.seed, pack: "guangdong-2021"), [])
    }

    /// Without a pack nothing is required: the checker knows no format of its own.
    func testWithoutAPackNoTableIsRequired() throws {
        let without表8 = ReportTexts.deleting(from: "表 8", through: "注：本表本年度无发生额", in: ReportTexts.seed)
        let findings = try ReportStructure(configuration: CheckerConfiguration(defaults: [])).check(CheckContext(report: ReportParser.parse(without表8))).findings
        XCTAssertEqual(findings.filter { $0.ruleID == "report-structure.missing-table" }.count, 0)
    }
}
