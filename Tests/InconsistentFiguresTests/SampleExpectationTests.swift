import CheckerKit
import XCTest

/// The sample report (reports/shanwei-zsj/2021.txt), read by hand: every quantity it states
/// twice with different values, and what a reviewer should see of it.
final class SampleExpectationTests: XCTestCase {
    /// The complete expected list, in the checker's order (groups sorted by phrase).
    private let expected: [(rule: String, level: Level, message: String)] = [
        // A defect. The department overview (line 1352) and the 5G+ service-centre project's
        // self-evaluation (line 1626) both count the hall's visitors "大厅自启用以来", with no
        // date, for the same hall and the same year: 123788 against 127748. The other figures
        // of both sentences (日均人流量 1330 人次, 共收件 76371 件, 发证总数 14083 件) agree,
        // so the two sentences describe the same moment and one visitor count is wrong.
        ("inconsistent-figures.contradiction", .warning,
         "大厅自启用以来累计接待群众和企业人数: 123788 人 (line 1352) vs 127748 人 (line 1626)"),
        // A series, not a defect. 8717 enterprises applied for certification in the 善美店小二
        // section written in November 2021 (its paragraph is undated; the one before it says
        // 截至2021年11月26日); the 省市联建 project reports 63942 by 29 May 2022 for the same
        // mini-program (营商小程序). Growth over six months: a note.
        ("inconsistent-figures.series", .note,
         "申请认证企业数: 8717 家 (undated, line 1955), 63942 家 (截至2022年5月29日, line 3043); the same quantity at different times, a series"),
        // A series, not a defect: certified enterprises 48890 "截至目前" in the overview and
        // 57966 by 29 May 2022. The day of writing behind 截至目前 is never named, so the two
        // cannot be ordered and no fall can be shown; 7692 (the November 2021 count, line 1959)
        // follows a 其中 list in its sentence, so it is read as a part and left out.
        ("inconsistent-figures.series", .note,
         "认证成功企业数为: 48890 家 (截至目前, line 1410), 57966 家 (截至2022年5月29日, line 3045); the same quantity at different times, a series"),
        // A series, not a defect: certified users 8178 (November 2021, undated paragraph) and
        // 63769 by 29 May 2022.
        ("inconsistent-figures.series", .note,
         "认证成功用户数: 8178 人 (undated, line 1953), 63769 人 (截至2022年5月29日, line 3043); the same quantity at different times, a series"),
        // A defect. The overview (line 1412) says "二是全省率先打造一体化监管平台。对预约、排队、
        // 申办、受理、补正、特别程序、审批、办结（出证）、领证等 9 个标准环节进行全方位…监管"; the
        // platform's own section, "（14）一体化监管平台" (line 2099, and its pasted copy at line
        // 2548), says "平台将政务服务事项过程标准化为预约、排队、受理、审批、评价等 11 个标准环节".
        // One platform, one set of standard steps, no date on either: 9 ≠ 11 (the overview even
        // lists its nine by name).
        ("inconsistent-figures.count-contradiction", .warning,
         "一体化监管平台: 9 个标准环节 (line 1414) vs 11 个标准环节 (line 2099); the same count of the same subject, worded differently"),
        // A defect. The “数看汕尾” project's own self-evaluation (line 3324): "目前“数看汕尾”上线
        // 20 个专题模块 121 个业务主题、955 个分析指标" (and the next sentence names the 20
        // 专题 one by one); the 项目管理咨询服务 section (line 3657): "统筹组织“数看汕尾”调研、
        // 设计、开发…完成全市 33 个行局 35 个专题模块 178 个主题、1186 个指标上线". The same
        // app's modules, themes and indicators, undated both: every item of the list differs.
        ("inconsistent-figures.count-contradiction", .warning,
         "数看汕尾: 20 个专题模块, 121 个业务主题, 955 个分析指标 (line 3324) vs 35 个专题模块, 178 个主题, 1186 个指标 (line 3657); the same count of the same subject, worded differently"),
        // A defect. One sentence of the 善美店小二 section (lines 1955–1963, pasted again at
        // 2404–2412): "申请认证企业数 8717 家（…其中汕尾市 6781 家，深圳市 197 家，广州市 127 家，
        // 惠州市 33 家，东莞市 28 家，剩余 1551 家…）" and "认证成功企业数 7692 家（…其中汕尾市
        // 7242 家，深圳市 201 家，广州市 112 家，惠州市 37 家，东莞市 28 家，剩余 72 家…）". Both
        // lists add up (6781 + 197 + 127 + 33 + 28 + 1551 = 8717; 7242 + 201 + 112 + 37 + 28 + 72
        // = 7692), but the certified are drawn from the applicants, and in 汕尾市 (7242 > 6781),
        // 深圳市 (201 > 197) and 惠州市 (37 > 33) more were certified than applied. One finding
        // for both copies.
        ("inconsistent-figures.part-exceeds-whole", .warning,
         "认证成功企业数 exceeds 申请认证企业数 (家): 汕尾市 7242 > 6781, 深圳市 201 > 197, 惠州市 37 > 33; more approved than applied"),
        // Very likely a defect. The 政务服务优化提升（2020 年）self-evaluation (and its pasted
        // copy) says under "（3）事项深度优化工作" that "③物流应用比率由 36.49%提升到 90.18%", and
        // under "（8）事项物流服务配置" that "物流应用比率 99.93%": the same project, the same
        // city-wide rate (item ① names its population, 汕尾市依申请政务服务事项), neither dated
        // nor a target. 90.18 ≠ 99.93.
        ("inconsistent-figures.rate-contradiction", .warning,
         "物流应用比率: 90.18% (line 1773) vs 99.93% (line 1833); the same rate of the same subject, undated or at the same date, with different values"),
        // Very likely a defect. The 善美店小二 section (line 1908, pasted again at 2357): "截至
        // 2021 年 11 月 26日，“善美店小二”小程序累计访问人数 14376 人，累计访问次数 310353 次…具体
        // 善美店小二各个模块访问量如下：" and the table under it, "页面 访问次数 涉及访问人数", whose
        // rows 首页 (line 1918) and 企业认证 (line 1919) count 21286 and 22505 visitors: 21286 >
        // 14376 and 22505 > 14376, so one page had more visitors than the whole mini-program. The
        // 访问次数 column fits its total (the rows add to 296927 ≤ 310353). One finding for both
        // copies.
        ("inconsistent-figures.table-row-over-total", .warning,
         "具体善美店小二各个模块访问量如下: 首页 涉及访问人数 21286, 企业认证 涉及访问人数 22505 > the total of 14376 人 the text states for the table (“善美店小二”小程序累计访问人数); a row is a part of the total"),
    ]
    // Not in the list, on purpose:
    // - 6851 项 policy items (截至目前, line 1406, "小程序发布各类政策信息") and 6527 项
    //   (截至11月26日, line 2002, "善美店小二小程序累计发布…"): different dates, so at most a
    //   note; the phrases differ by the 善美店小二 qualifier, which the checker does not drop.
    // - 累计访问人数 77440 (截至目前) and 14376 (截至2021年11月26日): a growing series of the
    //   same mini-program, but "访问人数" alone is shorter than the minimum phrase: the same
    //   words count 善美村居's visitors (1104825, line 3088), a different program.
    // - 58 种 and 82 种证照目录: the measured noun follows the number, so neither has a phrase;
    //   the 1511 项 / 8631 项 that follow are glued to them. The scopes differ anyway (this
    //   year's 免证办 checks against all licences city-wide).
    // - The 政务服务优化提升 self-evaluation printed twice (lines 1722–2160 and 2187–2620):
    //   every figure agrees with its copy.
    // - 351 类数据 of 31 units (line 1438, undated overview) and 435 类数据 of 32 departments
    //   (line 3192, "截至目前" in the 省市联建 evaluation written in 2022) in “民情地图”: the day
    //   behind 截至目前 is not named, so they may be a series; left out like 48890/57966.
    // - 5 个特色功能 (粤商通·汕尾版) and 7 个特色功能 (粤政易·汕尾版), line 3764/3770: one
    //   paragraph, two subjects.
    // - 预约办比率 "由 4.51%提升到 99.79%" and 事项预约办率 99.05%, 可办率: the names differ
    //   (预约办比率 / 事项预约办率), so they are not read as one rate.
    // - 预算完成率 100% / 26.28% / 95.04% / 10.63%: each project's own budget, left to the
    //   completion checks.
    // - No growth from zero: every 增长 on a zero base in the seed is "增加 0.00 万元，增长 0.00%".

    func testSampleFindingsAreExactlyTheExpectedList() throws {
        let findings = try Snippets.findings(Snippets.sample)
        XCTAssertEqual(findings.map(\.ruleID), expected.map(\.rule))
        XCTAssertEqual(findings.map(\.level), expected.map(\.level))
        XCTAssertEqual(findings.map(\.message), expected.map(\.message))
    }

    func testHallVisitorsAreOneWarningWithBothLocationsAndPhrases() throws {
        let findings = try Snippets.findings(Snippets.sample).filter { $0.message.contains("123788") }
        XCTAssertEqual(findings.count, 1)
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.level, .warning)
        XCTAssertEqual(finding.locations.map { $0.span?.startLine }, [1352, 1626])
        XCTAssertTrue(finding.locations[0].logical.hasSuffix("大厅自启用以来累计接待群众和企业人数"), finding.locations[0].logical)
        XCTAssertTrue(finding.locations[1].logical.hasSuffix("大厅自启用以来接待群众和企业人数"), finding.locations[1].logical)
        XCTAssertEqual(finding.locations.map(\.note), ["123788 人", "127748 人"])
        XCTAssertEqual(finding.evidence?.difference.value, 3960)
    }
}
