import CheckerKit
import XCTest

/// False alarms found on the sample while building the checker, each reduced to the sentences
/// that caused it. Every snippet produced a warning before its rule existed.
final class FalseAlarmRegressionTests: XCTestCase {
    /// Lines 1359/1632: the noun of a comparison follows the number (…的平均办理时间 vs
    /// …的平均等待时间), so "低于大部分城市" names no quantity.
    func testComparisonsAreNotQuantities() throws {
        let findings = try Snippets.findings(
            "平均办理时间从 17 分钟压缩为 15 分钟，低于大部分城市 20 分钟的平均办理时间。",
            "平均等待时间从 7 分钟压缩为 4.06 分钟，低于大部分城市 15 分钟的平均等待时间。"
        )
        XCTAssertEqual(findings.map(\.message), [])
    }

    /// Lines 1109/1137/1140: "比上年决算数增加" is the change of whatever the clause before
    /// names: income, basic spending, project spending.
    func testChangesAreNotQuantities() throws {
        let findings = try Snippets.findings(
            "一般公共预算财政拨款收入 20,864.64 万元，比上年决算数增加 8,763.77 万元。",
            "基本支出 1,277.36 万元，比上年决算数增加 6.93 万元。"
        )
        XCTAssertEqual(findings.map(\.message), [])
    }

    /// Lines 1955/1961: "其中汕尾市" of the applicants (6781) and of the certified (7242).
    func testPartsInParenthesesBelongToTheirWhole() throws {
        let findings = try Snippets.findings(
            "申请认证企业 8717 家（汕尾市区企业 6781 家）。",
            "认证成功企业 7692 家（汕尾市区企业 7242 家）。"
        )
        XCTAssertEqual(findings.map(\.message), [])
    }

    func testPartsAfterQiZhongBelongToTheirWhole() throws {
        let findings = try Snippets.findings(
            "全市申请认证企业 8717 家，其中汕尾市区企业 6781 家。",
            "全市认证成功企业 7692 家，其中汕尾市区企业 7242 家。"
        )
        XCTAssertEqual(findings.map(\.message), [])
    }

    /// Lines 1373–1375 and 1804–1806: "82 种证照目录支撑全市 8631 项办事事项" and "58 种证照目录
    /// 支撑全市 1511 项事项": each pair of numbers is one statement. The words before 8631 are
    /// the noun of 82 种, and 82 种 counts the catalogues behind 8631 items, not those behind
    /// this year's 1511.
    func testNumbersGluedIntoOneStatementAreNotComparedAlone() throws {
        let findings = try Snippets.findings(
            "上线电子证照 413 种，累计签发电子证照 1490多万张，82 种证照目录支撑全市 8631 项办事事项。",
            "今年以来，通过电子证照核验及工具核查，58 种证照目录支撑全市 1511 项事项。"
        )
        XCTAssertEqual(findings.map(\.message), [])
    }

    func testANumberGluedToTheNextIsScopedByIt() throws {
        let findings = try Snippets.findings("全市电子证照目录 82 种支撑全市 8631 项办事事项。", "全市电子证照目录 58 种支撑全市 1511 项事项。")
        XCTAssertEqual(findings.map(\.message), [])
    }

    /// Every project self-evaluation says "执行数为": the project is named clauses earlier.
    func testShortPhrasesDependOnAnEarlierSubject() throws {
        let first = "汕尾市 5G+智慧政务服务中心建设项目绩效自评综述：全年预算数为 1545.16 万元，执行数为 1440.24 万元。"
        let second = "政务服务优化提升项目绩效自评综述：全年预算数为 326.56 万元，执行数为 326.56 万元。"
        XCTAssertEqual(try Snippets.findings(first, second).map(\.message), [])
        let lenient = try Snippets.findings(Snippets.report(first, second), options: ["minimum-phrase-length": .integer(3)])
        XCTAssertEqual(lenient.map(\.message), ["执行数为: 1440.24 万元 (line 1) vs 326.56 万元 (line 3)"])
    }

    /// Lines 1309/1324: the 12 evaluated projects' spending and the department's, which only
    /// share the end of their phrase.
    func testAPhraseThatOnlyEndsLikeAnotherIsANarrowerQuantity() throws {
        let findings = try Snippets.findings(
            "共组织对“汕尾市 5G+智慧政务服务中心建设项目”等 12 个项目开展了重点绩效评价，涉及一般公共预算支出 11876.64 万元。",
            "组织部门整体支出绩效自评（含下属单位 2 个），涉及一般公共预算支出 20864.64 万元。"
        )
        XCTAssertEqual(findings.map(\.message), [])
    }

    /// Lines 1722/2187: "政务服务优化提升（2020 年）项目" is another project, not the same
    /// project's budget in 2020.
    func testAYearInParenthesesNamesAProjectRatherThanDatingTheFigure() throws {
        let findings = try Snippets.findings(
            "政务服务优化提升项目绩效自评综述：全年预算数为 326.56万元，执行数为 326.56 万元。",
            "政务服务优化提升（2020 年）项目绩效自评综述：全年预算数为442.97万元，执行数为116.41万元。"
        )
        XCTAssertEqual(findings.map(\.message), [])
    }

    /// Lines 3223–3231: the date opening a sentence still holds after "；". Undated, 93.2 万次
    /// (to 30 May) and 8.6 万次 (May alone) looked like one quantity at one time.
    func testADateQualifiesItsWholeSentence() throws {
        let findings = try Snippets.findings(
            "截至 5 月 30 日，全市累计上报事件 48 万件；网格员巡查走访累计 93.2 万次。",
            "5 月份上报事件 2.4 万件；网格员巡查走访累计 8.6 万次。"
        )
        XCTAssertEqual(findings.map(\.message), [])
    }

    /// Lines 3009/3017 and the completion rates of every project: a rate names its base only
    /// in the surrounding words.
    func testPercentagesAreLeftOut() throws {
        let findings = try Snippets.findings("全市政务服务事项办结率 100%。", "全市政务服务事项办结率 98.5%。")
        XCTAssertEqual(findings.map(\.message), [])
    }

    /// Lines 1379/1808: "约 291872 份" and "约 92601 份", cumulative and this year's, are
    /// estimates of different scopes; a bound cannot contradict anything.
    func testApproximateFiguresAreLeftOut() throws {
        let findings = try Snippets.findings("全市累计减免材料约 291872 份。", "全市累计减免材料约 92601 份。")
        XCTAssertEqual(findings.map(\.message), [])
    }

    /// A zero says the item did not occur; its unit gives no conversion to compare by.
    func testZerosAreLeftOut() throws {
        let findings = try Snippets.findings("全年使用财政拨款安排出国境团组 0 个。", "全年使用财政拨款安排出国境团组 2 个。")
        XCTAssertEqual(findings.map(\.message), [])
    }
}
