import Foundation
import TestSupport
import XCTest

/// `audit report <ref> -o FILE.pdf` on the Putuo finance bureau's 2024 report (25 pages; 2
/// errors and 17 notes, pinned in CLITests), judged by poppler-utils, PyMuPDF and Pillow.
final class MarkedUpReportTests: WorkspaceTestCase {
    private var original: URL { ShanghaiReports.pdf("caizhengju-2024") }
    private var marked: URL { root.appendingPathComponent("czj-marked.pdf") }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try commit("czj-2024", original)
    }

    private func report(_ extra: [String] = [], line: UInt = #line) throws -> String {
        let result = try audit(["report", "czj-2024", "-o", marked.path] + extra, environment: ["AUDIT_AUTHOR": "Li Shen <li@example.org>"])
        XCTAssertEqual(result.status, 0, result.stderr, line: line)
        return result.output
    }

    func testEveryOriginalPageFollowsTheCoverWithItsTextAndTheFileIsSmall() throws {
        XCTAssertEqual(try report(), "wrote \(marked.path): 19 findings marked\n")
        let pages = try XCTUnwrap(PrintedText.pageCount(of: original))
        XCTAssertEqual(pages, 25)
        XCTAssertEqual(try PrintedText.pageCount(of: marked), 1 + pages, "a cover, then every original page")
        var pagesWithText = 0
        for page in 1...pages {
            let printed = Set(try PrintedText.page(page, of: original).split(whereSeparator: \.isWhitespace))
            let drawn = Set(try PrintedText.page(page + 1, of: marked).split(whereSeparator: \.isWhitespace))
            pagesWithText += printed.isEmpty ? 0 : 1
            XCTAssertEqual(printed.subtracting(drawn), [], "page \(page)'s text is still text on page \(page + 1)")
        }
        XCTAssertEqual(pagesWithText, 24, "every page but 14, which prints no text")
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: marked.path)[.size] as? Int)
        let originalSize = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: original.path)[.size] as? Int)
        XCTAssertLessThan(size, 2 * originalSize, "vectors, not pictures of the pages")
    }

    func testTheCoverCountsAndTheLegendExplainsThePage() throws {
        _ = try report()
        let cover = try PrintedText.page(1, of: marked)
        for expected in ["czj-2024@1", "Li Shen <li@example.org>", "2 errors, 0 warnings, 17 notes",
                         "total-reconciliation: 2 errors, 0 warnings, 11 notes", "duplicate-narrative: 0 errors, 0 warnings, 4 notes"] {
            XCTAssertTrue(cover.contains(expected), "cover: \(expected)\n\(cover)")
        }
        // Page 21 prints 占71.73% of 一般公共预算财政拨款支出2940.05万元 for 2106.66万元:
        // 2106.66 ÷ 2940.05 = 0.71653…, so 71.65%, not 71.73% (looked at with pdftoppm).
        let legend = try PrintedText.page(22, of: marked)
        XCTAssertTrue(legend.contains("本页标注 Findings marked on this page"), legend)
        XCTAssertTrue(legend.contains("error 错误 · Printed percentages recompute · p. 21, line 402"), legend)
        XCTAssertTrue(legend.contains("share 71.73% ≠ 2106.66 ÷ 2940.05 = 71.65%"), legend)
        XCTAssertFalse(try PrintedText.page(4, of: marked).contains("本页标注"), "page 3 has no findings and no legend")
    }

    /// The legend speaks the reviewer's language: the same finding, the same figures as printed.
    func testInChineseTheLegendQuotesTheSameFiguresInChinese() throws {
        XCTAssertEqual(try report(["--lang", "zh"]), "已写入 \(marked.path)：标注检查结果 19 项\n")
        let legend = try PrintedText.page(22, of: marked)
        XCTAssertTrue(legend.contains("error 错误 · 百分比可由所列数字复算 · 第 21 页第 402 行"), legend)
        XCTAssertTrue(legend.contains("占比 71.73% ≠ 2106.66 ÷ 2940.05 = 71.65%"), legend)
        XCTAssertTrue(legend.contains("另见第 13 页"), "the related place of the 0.3万元 error is on p. 13: \(legend)")
        XCTAssertFalse(legend.contains("share 71.73%"), legend)
    }

    func testTheFindingsWordsAreBoxedInTheirLevelsColour() throws {
        _ = try report()
        let onPage21 = try colours(of: ["71.73%", "2106.66", "326.72"], onPage: 21)
        XCTAssertTrue(onPage21[0].isRed, "the error's figure is boxed red: \(onPage21[0])")
        XCTAssertTrue(onPage21[1].isRed, "and so is the figure it is recomputed from, a related place: \(onPage21[1])")
        XCTAssertTrue(onPage21[2].isNeutral, "a figure of no finding on the same line is as printed: \(onPage21[2])")
        // 表6 on p. 16: 301 工资福利支出 2,082.85 against its 13 terms, 2,082.86 (a rounding note).
        let parent = try colours(of: ["2,082.85"], onPage: 16)[0]
        XCTAssertTrue(parent.isBlue, "the note's cell is boxed blue: \(parent)")
    }

    /// The mean colours, on the marked-up page rasterised by pdftoppm at 144 dpi, of where the
    /// original's page `page` prints `texts`: the cover comes first, the pages keep their coordinates.
    private func colours(of texts: [String], onPage page: Int) throws -> [RegionColour] {
        let picture = root.appendingPathComponent("page-\(page)")
        let raster = try ExternalCommand.run(["pdftoppm", "-png", "-r", "144", "-f", "\(page + 1)", "-l", "\(page + 1)", "-singlefile", marked.path, picture.path])
        XCTAssertEqual(raster.status, 0, raster.output)
        return try PrintedText.rects(of: texts, page: page, in: original).map { rect in
            try RegionColour.mean(of: picture.appendingPathExtension("png"), x0: rect.x0 * 2, y0: rect.y0 * 2, x1: rect.x1 * 2, y1: rect.y1 * 2)
        }
    }

    func testFindingsSetAsideAreLeftOutUnlessAllAndConfirmedOnesSaySo() throws {
        let check = try audit(["check", "czj-2024", "--format", "json", "--fail-on", "never"])
        let findings = try XCTUnwrap((try JSONSerialization.jsonObject(with: check.stdout) as? [String: Any])?["findings"] as? [[String: Any]])
        let fingerprint = { (rule: String) in findings.first { $0["ruleID"] as? String == rule }?["fingerprint"] as? String }
        let note = try XCTUnwrap(fingerprint("inconsistent-figures.listed-zero-item"))
        let error = try XCTUnwrap(fingerprint("total-reconciliation.percentage"))
        for (id, status) in [(note, "false-positive"), (error, "confirmed")] {
            let triaged = try audit(["triage", String(id.prefix(10)), "--status", status, "--reason", "checked against the ledger"])
            XCTAssertEqual(triaged.status, 0, triaged.stderr)
        }
        XCTAssertEqual(try report(), "wrote \(marked.path): 18 findings marked\n")
        XCTAssertTrue(try PrintedText.page(1, of: marked).contains("1 set aside by a reviewer are not marked"))
        XCTAssertFalse(try PrintedText.page(24, of: marked).contains("个人农业生产补贴 (30310 blank)"), "the false positive's legend is gone from p. 23")
        XCTAssertTrue(try PrintedText.page(22, of: marked).contains("Printed percentages recompute · p. 21, line 402 · confirmed 已确认"))

        XCTAssertEqual(try report(["--all"]), "wrote \(marked.path): 19 findings marked\n")
        XCTAssertTrue(try PrintedText.page(24, of: marked).contains("个人农业生产补贴 (30310 blank)"))
    }

    func testFindingsAbsentSinceTheBaselineAreNotDrawn() throws {
        // Against the Putuo template, the review page lists 11 of the template's findings as
        // absent from this report besides this report's 19; they have no place on these pages.
        try commit("tpl", ShanghaiReports.pdf("template-2024"))
        let page = root.appendingPathComponent("review.html")
        XCTAssertEqual(try audit(["report", "czj-2024", "--baseline", "tpl", "-o", page.path]).output, "wrote \(page.path): 30 findings\n")
        XCTAssertEqual(try report(["--baseline", "tpl"]), "wrote \(marked.path): 19 findings marked\n")
        XCTAssertTrue(try PrintedText.page(1, of: marked).contains("against tpl@1"))
    }

    func testATextRevisionIsRefusedInOneLine() throws {
        try commit("2021", sampleReport)
        let result = try audit(["report", "2021", "-o", marked.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderrLines, ["audit: 2021@1 was committed as text, not a PDF: there are no pages to mark up; write the report as .html or .md"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: marked.path))
    }
}
