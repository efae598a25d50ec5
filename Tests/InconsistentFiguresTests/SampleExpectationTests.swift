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
