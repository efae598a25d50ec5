import CheckerKit
import Foundation
import ReportModel
import TestSupport
import XCTest

/// The 社会工作部 2024 report (reports/shanghai-putuo/shehui-gongzuobu-2024.pdf), its text as
/// `audit commit` stores it. Every warning below was checked on the rendered pages (pdftoppm
/// -r 80, pp. 17, 18 and 21): the unit was founded in 2024, so every 2023 figure is 0.
final class ShanghaiNarrativeTests: XCTestCase {
    func testEveryFindingOfTheNarrativeRules() throws {
        let findings = try Snippets.findings(ReportParser.parse(ShanghaiReports.text(of: "shehui-gongzuobu-2024")))
        // Growth findings come first (one rule after the other). The 完成年初预算的 95.89% of a
        // 年初预算 of 0 (p.18) is report-structure's completion-base finding, not repeated here.
        XCTAssertEqual(findings.map(\.message), [
            // p.17 一、收入支出决算总体情况说明: 收入支出总计 307.82 万元, 与 2023 年度相比增加
            // 307.82 万元: 2023 = 307.82 − 307.82 = 0, yet 增长 100.00%.
            "增长 100.00% on an increase of 307.82 万元 to 307.82 万元: last year's figure is 307.82 − 307.82 = 0 万元, and growth from zero has no percentage",
            // p.17 四、财政拨款收入支出决算总体情况说明: the same for 财政拨款收入支出总计.
            "增长 100.00% on an increase of 307.82 万元 to 307.82 万元: last year's figure is 307.82 − 307.82 = 0 万元, and growth from zero has no percentage",
            // p.18 五（一）: 一般公共预算财政拨款支出 307.82, 增加 307.82, 增长 100.00%.
            "增长 100.00% on an increase of 307.82 万元 to 307.82 万元: last year's figure is 307.82 − 307.82 = 0 万元, and growth from zero has no percentage",
            // p.21 十一（一）: 机关运行经费 10.23 万元, 比 2023 年度增加 10.23 万元, 增长 100.00%.
            "增长 100.00% on an increase of 10.23 万元 to 10.23 万元: last year's figure is 10.23 − 10.23 = 0 万元, and growth from zero has no percentage",
            // p.20 六: "公用经费 10.23 万元，主要包括：办公费、邮电费、差旅费…"; the
            // 一般公共预算财政拨款基本支出决算表 (p.13, rendered) prints 30207 邮电费 0.00.
            "the list names 邮电费 (30207 0.00), which the basic-expenditure table shows as zero",
        ])
        XCTAssertEqual(findings.map(\.level), [.warning, .warning, .warning, .warning, .note])
    }
    /// The 财政局 2024 report as `audit commit` stores its text. p.23 六: "人员经费2152.26万元，主要
    /// 包括：基本工资、津贴补贴、…、退休费、个人农业生产补贴", every item a row label of the
    /// 一般公共预算财政拨款基本支出决算表; that table (p.17, rendered at 100 dpi) prints 303 09 奖励金
    /// 0.31 and leaves 303 10 个人农业生产补贴 blank: the list leaves out the one 303 item with
    /// money and names one without. p.21's shares 71.73 + 11.11 + 2.07 + 15.16 = 100.07 % exceed
    /// 100 % only because 71.73 should be 2106.66 ÷ 2940.05 = 71.65 %, the percentage check's
    /// finding: no shares-over-whole finding.
    func testListOmissionAndNoSecondFindingForAMistypedShare() throws {
        let findings = try Snippets.findings(ReportParser.parse(ShanghaiReports.text(of: "caizhengju-2024")))
        let rules = ["inconsistent-figures.list-omits-item", "inconsistent-figures.listed-zero-item", "inconsistent-figures.shares-over-whole"]
        XCTAssertEqual(findings.filter { rules.contains($0.ruleID) }.map(\.message), [
            "the list names 个人农业生产补贴 (30310 blank), which the basic-expenditure table shows as zero",
            "the list names 10 items of the basic-expenditure table by their labels but leaves out 奖励金 (30309 0.31), which the table shows with money",
        ])
    }
    /// 社会工作部 p.20 六: "公用经费 10.23 万元，主要包括：办公费、邮电费、差旅费、…" with 差旅费 taken
    /// out of the stored text; the table (p.13) prints 30211 差旅费 1.15: one new note naming the
    /// list and the row.
    func testItemDroppedFromTheListIsOneNoteNamingListAndRow() throws {
        let text = try ShanghaiReports.text(of: "shehui-gongzuobu-2024")
        XCTAssertEqual(text.components(separatedBy: "邮电费、差旅费、").count, 2)
        let before = Set(try Snippets.findings(ReportParser.parse(text)).map(\.message))
        let mutated = text.replacingOccurrences(of: "邮电费、差旅费、", with: "邮电费、")
        let findings = try Snippets.findings(ReportParser.parse(mutated)).filter { !before.contains($0.message) }
        XCTAssertEqual(findings.map(\.message), [
            "the list names 8 items of the basic-expenditure table by their labels but leaves out 差旅费 (30211 1.15), which the table shows with money",
        ])
        XCTAssertEqual(findings.first?.level, .note)
        XCTAssertEqual(findings.first?.locations.map(\.note), ["8 items", "1.15"])
    }

    /// 社会工作部 p.22 十一（二）(rendered at 80 dpi): "政府采购金额（以合同签订为准）为 21.07 万元，其中：货物采购金额
    /// 21.07 万元、工程采购金额 0 万元、服务采购金额 0 万元": 货物, 工程 and 服务 partition the
    /// purchases and 21.07 + 0 + 0 = 21.07. 货物 21.07 → 20.07 in the stored text: 20.07 + 0 + 0 =
    /// 20.07, 1.00 short: one finding naming the whole and the three parts.
    func testPurchaseCategoryMistypedOnThePDFIsOneShortfall() throws {
        let text = try ShanghaiReports.text(of: "shehui-gongzuobu-2024")
        XCTAssertEqual(text.components(separatedBy: "货物采购金额 21.07 万元").count, 2)
        let before = Set(try Snippets.findings(ReportParser.parse(text)).map(\.message))
        let mutated = text.replacingOccurrences(of: "货物采购金额 21.07 万元", with: "货物采购金额 20.07 万元")
        let findings = try Snippets.findings(ReportParser.parse(mutated)).filter { !before.contains($0.message) }
        XCTAssertEqual(findings.map(\.message), [
            "the parts of a complete list fall short of their whole: 20.07 + 0 + 0 = 20.07 万元, the whole is 21.07 万元 (gap 1.00 万元)",
        ])
        XCTAssertEqual(findings.first?.locations.map(\.note), ["whole 21.07", "part 20.07", "part 0", "part 0"])
    }

    /// A table laid out as the PDF's layout text prints one, inserted into the narrative of the
    /// stored text after a sentence stating its total (p.21, after 机关运行经费's paragraph):
    /// "累计接待来访群众 500 人次" and a row 矛盾调解 610 人次: 610 > 500, one finding naming both.
    func testNarrativeTableInTheLayoutTextAboveItsTotalIsOneFinding() throws {
        let text = try ShanghaiReports.text(of: "shehui-gongzuobu-2024")
        let anchor = "主要原因是单位于 2024 年成立。\n"
        XCTAssertEqual(text.components(separatedBy: anchor).count, 2)
        let table = [
            "              2024 年社会工作部累计接待来访群众 500 人次。具体接待情况如下：",
            "              接待类别              接待人次          办结人次",
            "              政策咨询                   320               318",
            "              矛盾调解                   610               600",
        ].joined(separator: "\n") + "\n"
        let before = Set(try Snippets.findings(ReportParser.parse(text)).map(\.message))
        let findings = try Snippets.findings(ReportParser.parse(text.replacingOccurrences(of: anchor, with: anchor + table))).filter { !before.contains($0.message) }
        XCTAssertEqual(findings.map(\.ruleID), ["inconsistent-figures.table-row-over-total"])
        XCTAssertTrue(findings.first?.message.hasPrefix("具体接待情况如下: 矛盾调解 接待人次 610 > the total of 500 人次") == true, findings.first?.message ?? "")
        XCTAssertEqual(findings.first?.locations.map(\.note), ["total 500 人次", "610"])
    }
}
