import Foundation
import TestSupport
import XCTest

/// `audit rules` lists the packs a workspace's reports may be checked with; `--pack ID` shows
/// one pack's tables and identities, each identity with the file, line and column defining it.
final class RulesCommandTests: WorkspaceTestCase {
    func testListsTheBuiltInPacksAndTheWorkspacesOwn() throws {
        let rules = workspace.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try WorkspacePackTests.pack.write(to: rules.appendingPathComponent("haibin-2021.yml"), atomically: true, encoding: .utf8)
        let result = try audit(["rules"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.output.split(separator: "\n").map { String($0.split(separator: " ")[0]) },
                       ["guangdong-2021", "haibin-2021", "national", "shanghai-2024"])
        XCTAssertTrue(result.output.contains("haibin-2021  海滨省 2021 部门决算 (表1–表11; 表7 with 会议费)  extends guangdong-2021  (11 tables, 45 identities; rules/haibin-2021.yml)"), result.output)
    }

    func testShowsOnePacksTablesAndIdentities() throws {
        let result = try audit(["rules", "--pack", "shanghai-2024"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.output.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("  表5  一般公共预算财政拨款支出决算表  (kind general-budget-expenditure; functional codes)"), result.output)
        XCTAssertTrue(lines.contains("      columns: 合计, 基本支出, 项目支出"), result.output)
        // Shanghai's own identity replaces the national one of the same id, where Shanghai defines it.
        XCTAssertTrue(lines.contains { $0.hasPrefix("  general-budget-total  [cross-table]  表4:支出 / 本年支出合计 / 一般公共预算财政拨款 = 表5 / 合计 / 合计  (shanghai-2024.yml:") }, result.output)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  income-total  [cross-table]  表1:收入 / 本年收入合计 = 表2 / 合计 / 本年收入合计  (national.yml:") }, result.output)
        // Row sums, 合计 rows and the summary tables' sides are pack data; coded parents stay Swift.
        XCTAssertTrue(lines.contains("families: coded-hierarchy"), result.output)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  total-row  [total-row]  in each column of 表2, 表3, 表5, 表6, 表8, 表9: *合计 = {3-digit coded rows}  (national.yml:") }, result.output)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  summary-year-total  [summary-table]  in each column of 表1, 表4: 本年*合计 = {numbered above the total rows}  (national.yml:") }, result.output)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  summary-grand-total  [summary-table]  in each column of 表1, 表4: 总计 = 本年*合计 + {unnumbered uncoded with 结余 or 结转 rows}  (national.yml:") }, result.output)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  appropriation-row-sum  [row-sum]  in each row of 表4:支出: 合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款  (national.yml:") }, result.output)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  general-budget-balance  [summary-table]  表4:收入 / =一般公共预算财政拨款 + 表4:收入 / 一、一般公共预算财政拨款 = 表4:支出 / 本年支出合计 / 一般公共预算财政拨款 + 表4:支出 / 年末财政拨款结转和结余 / 一般公共预算财政拨款  (national.yml:") }, result.output)
        // Which sentence restates which cell is pack data too.
        XCTAssertTrue(lines.contains { $0.hasPrefix("  running-costs  (机关运行经费)支出\\s*{number}\\s*万元 → 表6 / 公用经费合计  (national.yml:") }, result.output)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  income-expenditure-grand-total  年度(收入支出总计)\\s*{number}\\s*(万元|亿元) → 表1:收入 / 总计 (万元 or 亿元)  (national.yml:") }, result.output)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  general-budget-row-sum  [row-sum]  in each row of 表5: 本年支出合计 or 合计 = 基本支出 + 项目支出  (national.yml:") }, result.output)
    }

    func testAnUnknownPackIsAnError() throws {
        let result = try audit(["rules", "--pack", "hainan-2021"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "audit: no rule pack 'hainan-2021' (known: guangdong-2021, national, shanghai-2024)\n")
    }
}
