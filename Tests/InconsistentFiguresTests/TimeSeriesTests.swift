import CheckerKit
import XCTest

/// Values at different times are a series: a note, and a warning only when a running total
/// is lower at a later, known date.
final class TimeSeriesTests: XCTestCase {
    func testAGrowingCumulativeCountIsANote() throws {
        let findings = try Snippets.findings(
            "截至 2021 年 11 月 26 日，善美店小二小程序累计访问人数 14376 人。",
            "截至 2022 年 5 月 29 日，善美店小二小程序累计访问人数 77440 人。"
        )
        XCTAssertEqual(findings.map(\.level), [.note])
        XCTAssertEqual(findings.first?.ruleID, "inconsistent-figures.series")
    }

    func testAFallingCumulativeCountIsAWarning() throws {
        let findings = try Snippets.findings(
            "截至 2022 年 5 月 29 日，善美店小二小程序累计访问人数 77440 人。",
            "截至 2021 年 11 月 26 日，善美店小二小程序累计访问人数 80000 人。"
        )
        XCTAssertEqual(findings.map(\.message), [
            "善美店小二小程序累计访问人数: 80000 人 (截至2021年11月26日, line 3) then 77440 人 (截至2022年5月29日, line 1); a cumulative count cannot fall",
        ])
        XCTAssertEqual(findings.map(\.level), [.warning])
    }

    func testAFallingCountThatIsNotCumulativeIsANote() throws {
        let findings = try Snippets.findings(
            "截至 2021 年 11 月 26 日，热线未办结工单数量 34 单。",
            "截至 2022 年 5 月 29 日，热线未办结工单数量 20 单。"
        )
        XCTAssertEqual(findings.map(\.level), [.note])
    }

    /// 截至目前 is the unnamed day of writing: it cannot be ordered against a date.
    func testAFallAgainstTheDayOfWritingIsOnlyANote() throws {
        let findings = try Snippets.findings(
            "截至目前，小程序累计认证成功企业数为 48890 家。",
            "截至 2022 年 5 月 29 日，小程序累计认证成功企业数 57966 家。"
        )
        XCTAssertEqual(findings.map(\.message), [
            "小程序累计认证成功企业数为: 48890 家 (截至目前, line 1), 57966 家 (截至2022年5月29日, line 3); the same quantity at different times, a series",
        ])
    }

    /// "截至11月26日" leaves out the year the other copy prints: the same day, so a contradiction.
    func testADateWithoutItsYearIsTheSameDay() throws {
        let findings = try Snippets.findings(
            "截至 2021 年 11 月 26 日，善美店小二小程序累计发布各类政策信息 6527 项。",
            "截至 11 月 26 日，善美店小二小程序累计发布各类政策信息 6851 项。"
        )
        XCTAssertEqual(findings.map(\.ruleID), ["inconsistent-figures.contradiction"])
        XCTAssertEqual(findings.first?.message, "善美店小二小程序累计发布各类政策信息 (截至2021年11月26日): 6527 项 (line 1) vs 6851 项 (line 3)")
    }

    func testSeriesNotesCanBeTurnedOff() throws {
        let report = Snippets.report(
            "截至 2021 年 11 月 26 日，善美店小二小程序累计访问人数 14376 人。",
            "截至 2022 年 5 月 29 日，善美店小二小程序累计访问人数 77440 人。"
        )
        XCTAssertEqual(try Snippets.findings(report, options: ["series-notes": .bool(false)]).count, 0)
    }
}
