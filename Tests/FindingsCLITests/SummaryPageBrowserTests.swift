import Foundation
import TestSupport
import XCTest

/// `audit summary --format html` judged by a real browser, as the review page is
/// (ReviewPageBrowserTests): the DOM chromium builds, a probe run in a copy of the page (the
/// table it laid out, alignment, fonts) and a screenshot, in English and in Chinese.
final class SummaryPageBrowserTests: CLIWorkspace {
    private static let probe = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Judges/summary-page-probe.js")

    private struct Probe: Decodable {
        var lang: String
        var title: String
        var header: [String]
        var rows: [[String]]
        var totals: String
        var countsRightAligned: Bool
        var tableWidth: Double
        var rowHeights: [Double]
        var font: String
        var cjkFontAvailable: Bool
    }

    /// The seed's 2020 and 2021, and the Shanghai finance bureau's 2024 PDF as a department's.
    override func setUpWithError() throws {
        try super.setUpWithError()
        try commitFile("2020", "reports/shanwei-zsj/2020.txt")
        try commitFile("2021", "reports/shanwei-zsj/2021.txt")
        try commitFile("czj/2024", "reports/shanghai-putuo/caizhengju-2024.pdf")
    }

    private func page(_ extra: [String], named name: String) throws -> URL {
        let page = root.appendingPathComponent(name)
        let result = try audit(["summary", "--format", "html", "-o", page.path] + extra)
        XCTAssertEqual(result.status, 0, result.stderr)
        return page
    }

    private func probe(_ page: URL, with browser: HeadlessChromium) throws -> Probe {
        try JSONDecoder().decode(Probe.self, from: browser.probe(page, with: Self.probe))
    }

    private func assertScreenshot(_ page: URL, with browser: HeadlessChromium) throws {
        let shot = root.appendingPathComponent(page.deletingPathExtension().lastPathComponent + ".png")
        try browser.screenshot(page, to: shot, height: 600)
        let png = try Data(contentsOf: shot)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertGreaterThan(png.count, 10_000, "a table, not a blank window")
    }

    /// The counts are those the season and Chinese-interface tests pin: the constructed 2020
    /// 22 / 10 / 28, the seed against it 2 / 13 / 54 with 29 new and 20 fixed, and the PDF as
    /// published 2 / 0 / 17 (SeasonTests).
    func testTheSummaryPageShowsEveryVersionInEnglishAndChinese() throws {
        let browser = try HeadlessChromium(scratch: root)
        let english = try page([], named: "summary-en.html")
        let dom = try browser.dumpDOM(english)
        XCTAssertTrue(dom.contains("<td>czj/2024@1</td><td class=\"n\">2</td><td class=\"n\">0</td><td class=\"n\">17</td>"), dom)

        let facts = try probe(english, with: browser)
        XCTAssertEqual(facts.lang, "en")
        XCTAssertEqual(facts.title, "Findings by department and year")
        XCTAssertEqual(facts.header, ["department", "year", "revision", "errors", "warnings", "notes", "new", "fixed", "previous year", "triage"])
        XCTAssertEqual(facts.rows, [
            ["-", "2020", "2020@1", "22", "10", "28", "-", "-", "-", "-"],
            ["-", "2021", "2021@1", "2", "13", "54", "29", "20", "2020@1", "-"],
            ["czj", "2024", "czj/2024@1", "2", "0", "17", "-", "-", "-", "-"],
        ])
        XCTAssertEqual(facts.totals, "3 versions of 2 departments: 26 errors, 23 warnings, 99 notes")
        XCTAssertTrue(facts.countsRightAligned)
        XCTAssertLessThan(facts.tableWidth, 900, "the table fits the screenshot's 1000-pixel window with its margins")
        XCTAssertTrue(facts.font.hasPrefix("\"Noto Sans CJK SC\""), facts.font)
        XCTAssertTrue(facts.cjkFontAvailable, "fonts-noto-cjk is installed and the page's first font")
        try assertScreenshot(english, with: browser)

        let chinese = try probe(page(["--lang", "zh"], named: "summary-zh.html"), with: browser)
        XCTAssertEqual(chinese.lang, "zh-CN")
        XCTAssertEqual(chinese.title, "各部门各年度检查结果汇总")
        XCTAssertEqual(chinese.header, ["部门", "年度", "修订", "错误", "警告", "提示", "新增", "已更正", "上年", "处理情况"])
        XCTAssertEqual(chinese.rows, facts.rows, "the same figures in either language")
        XCTAssertEqual(chinese.totals, "共 2 个部门的 3 个版本：错误 26 项，警告 23 项，提示 99 项")
        // One line per row: a Chinese header does not wrap a row onto two lines.
        XCTAssertEqual(Set(chinese.rowHeights).count, 1, "\(chinese.rowHeights)")
        try assertScreenshot(root.appendingPathComponent("summary-zh.html"), with: browser)
    }
}
