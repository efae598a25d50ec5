import Foundation
import TestSupport
import XCTest

/// `audit report` pages judged by a real browser: the DOM chromium builds, a probe script it
/// runs in a copy of the page (what is visible, where, which links resolve, which font), a
/// screenshot and the page printed to PDF (paper size and fonts read by poppler's tools).
final class ReviewPageBrowserTests: CLIWorkspace {
    private static let probe = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Judges/review-page-probe.js")

    private struct Probe: Decodable {
        struct Section: Decodable { var level: String; var group: String; var top: Double }
        struct Group: Decodable { var id: String; var tag: String; var open: Bool? }
        struct Fragment: Decodable { var before: Bool; var after: Bool; var visible: Bool }
        var visible: [Section]
        var groups: [Group]
        var sections: Int
        var links: Int
        var brokenLinks: [String]
        var unlinkedSections: [String]
        var triageLines: [String]
        var places: [String]
        var font: String
        var cjkFontAvailable: Bool
        var fragmentOpensCollapsed: Fragment?
    }

    private func report(_ arguments: [String], findings: Int) throws -> URL {
        let page = root.appendingPathComponent("review.html")
        let result = try audit(["report"] + arguments + ["-o", page.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "wrote \(page.path): \(findings) findings\n")
        return page
    }

    /// What the probe found in a copy of `page`.
    private func probe(_ page: URL, with browser: HeadlessChromium) throws -> Probe {
        try JSONDecoder().decode(Probe.self, from: browser.probe(page, with: Self.probe))
    }

    /// Printed as the print CSS says: on A4, collapsed groups printed open. (Chromium embeds the
    /// CJK font as Type 3 glyphs without a name, so which font printed is the probe's to say.)
    private func assertPrintsOnA4(_ page: URL, with browser: HeadlessChromium, including collapsedText: String) throws {
        let pdf = root.appendingPathComponent("review.pdf")
        try browser.printToPDF(page, to: pdf)
        let info = try ExternalCommand.run(["pdfinfo", pdf.path]).output
        XCTAssertNotNil(info.range(of: #"Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)"#, options: .regularExpression), info)
        let text = try ExternalCommand.run(["pdftotext", "-layout", pdf.path, "-"]).output
        XCTAssertTrue(text.contains(collapsedText), "a collapsed group is printed open")
    }

    /// The screenshot a person looks at; kept beside the test's workspace while it runs.
    private func assertScreenshot(_ page: URL, with browser: HeadlessChromium) throws {
        let shot = root.appendingPathComponent("review.png")
        try browser.screenshot(page, to: shot)
        let png = try Data(contentsOf: shot)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertGreaterThan(png.count, 50_000, "a page of text, not a blank window")
    }

    func testTheSeedsReviewPageShowsErrorsThenWarningsAndCollapsesTheRest() throws {
        let browser = try HeadlessChromium(scratch: root)
        try commitFile("2020", "reports/shanwei-zsj/2020.txt")
        try commitFile("2021", "reports/shanwei-zsj/2021.txt")
        // One of the seed's warnings set aside, so that the page has all five groups.
        let triage = try audit(["triage", "f7d9ffd10b", "--status", "wont-fix", "--reason", "口径说明已补充", "--reviewer", "李伟 <li@example.org>"])
        XCTAssertEqual(triage.status, 0, triage.stderr)
        let page = try report(["2021", "--baseline", "2020"], findings: 89)

        let dom = try browser.dumpDOM(page)
        XCTAssertTrue(dom.contains("<details id=\"notes\" class=\"group\"><summary><h2>Notes (54)</h2></summary>"), "notes collapsed")
        XCTAssertTrue(dom.contains("<summary><h2>Set aside by a reviewer (1)</h2></summary>"))
        XCTAssertTrue(dom.contains("<code>audit triage a90695e657 --status STATUS --reason \"…\"</code>"))

        let facts = try probe(page, with: browser)
        XCTAssertEqual(facts.groups.map(\.id), ["errors", "warnings", "notes", "absent", "triaged"])
        XCTAssertEqual(facts.groups.map(\.open), [nil, nil, false, false, false])
        // In view: the two errors of 2021 and its twelve untriaged warnings, errors first, top to bottom.
        XCTAssertEqual(facts.visible.map(\.level), Array(repeating: "error", count: 2) + Array(repeating: "warning", count: 12))
        XCTAssertEqual(facts.visible.map(\.group), Array(repeating: "errors", count: 2) + Array(repeating: "warnings", count: 12))
        XCTAssertEqual(facts.visible.map(\.top), facts.visible.map(\.top).sorted())
        XCTAssertEqual(facts.sections, 89)
        XCTAssertEqual(facts.brokenLinks, [])
        XCTAssertEqual(facts.unlinkedSections, [], "every finding has its entry in the contents")
        XCTAssertTrue(facts.places.contains { $0.hasPrefix("line 2795 · 第三部分 / （1）政务大数据中心") }, "\(facts.places)")
        XCTAssertTrue(facts.triageLines.allSatisfy { $0.range(of: #"^audit triage [0-9a-f]{10} --status STATUS --reason "…"$"#, options: .regularExpression) != nil })
        let fragment = try XCTUnwrap(facts.fragmentOpensCollapsed)
        XCTAssertEqual([fragment.before, fragment.after, fragment.visible], [false, true, true], "a contents link opens its collapsed group")
        XCTAssertTrue(facts.font.hasPrefix("\"Noto Sans CJK SC\""), facts.font)
        XCTAssertTrue(facts.cjkFontAvailable, "fonts-noto-cjk is installed and the page's first font")

        try assertScreenshot(page, with: browser)
        // 表2 21011's coded-hierarchy note, in the collapsed notes.
        try assertPrintsOnA4(page, with: browser, including: "行政事业单位医疗")
    }

    func testAPDFsReviewPageQuotesPagesAndLines() throws {
        let browser = try HeadlessChromium(scratch: root)
        try commitFile("czj-2024", "reports/shanghai-putuo/caizhengju-2024.pdf")
        let page = try report(["czj-2024"], findings: 19)
        let dom = try browser.dumpDOM(page)
        // The share printed on p. 21 (71.73%) that recomputes to 71.65%: rendered from the PDF, the line reads so.
        XCTAssertTrue(dom.contains("<mark>p. 21, line 402: （类）2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%；</mark>"), dom)
        XCTAssertTrue(dom.contains("<code>8f9d6896f2</code> Printed percentages recompute — p. 21, line 402</a>"))

        let facts = try probe(page, with: browser)
        XCTAssertEqual(facts.groups.map(\.id), ["errors", "notes"])
        XCTAssertEqual(facts.visible.map(\.level), ["error", "error"])
        XCTAssertEqual(facts.brokenLinks, [])
        XCTAssertEqual(facts.unlinkedSections, [])
        XCTAssertEqual(facts.places.first, "p. 21, line 391 · 第三部分 / ¶4 / 年度财政拨款收入支出总计")
        try assertScreenshot(page, with: browser)
        try assertPrintsOnA4(page, with: browser, including: "p. 13, line 234")
    }
}
