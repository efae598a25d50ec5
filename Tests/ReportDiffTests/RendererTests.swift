import Foundation
import ReportDiff
import ReportModel
import XCTest

/// The four output formats of the constructed 2020 sample against 2021.
final class RendererTests: XCTestCase {
    private static let document: DiffDocument = {
        let text2020 = try! String(contentsOf: SampleVariants.reports.appendingPathComponent("shanwei-zsj/2020.txt"), encoding: .utf8)
        return DiffDocument(old: "2020@1", new: "2021@1", changes: SampleVariants.changes(from: text2020, to: SampleVariants.text2021))
    }()

    func testTextStartsWithTheSummaryAndIsPlainUnlessColourIsAsked() {
        let plain = TextRenderer(colour: false).render(Self.document)
        XCTAssertEqual(plain.split(separator: "\n").first.map(String.init), "2020@1 → 2021@1: \(Self.document.changes.summary.line)")
        XCTAssertFalse(plain.contains("\u{1B}["))
        XCTAssertTrue(plain.contains("表3 合计 · 项目支出: 3,101.87 → 19,587.28  +16,485.41 (+531.47%)"), plain)
        XCTAssertTrue(plain.contains("[-受新冠肺炎疫情影响"))
        XCTAssertTrue(plain.contains("{+发现的问题及原因主要是因单位编制少"))
        let coloured = TextRenderer(colour: true).render(Self.document)
        XCTAssertTrue(coloured.contains("\u{1B}[31m12,100.87\u{1B}[0m → \u{1B}[34m20,864.64\u{1B}[0m"), coloured)
        XCTAssertFalse(coloured.contains("[-"))
    }

    func testJSONCarriesEveryChangeWithExactValues() throws {
        let json = try JSONSerialization.jsonObject(with: Self.document.json()) as? [String: Any]
        let changes = try XCTUnwrap(json?["changes"] as? [String: Any])
        let cells = try XCTUnwrap((changes["tables"] as? [String: Any])?["cells"] as? [[String: Any]])
        XCTAssertEqual(cells.count, 9)
        let first = try XCTUnwrap(cells.first)
        XCTAssertEqual((first["change"] as? [String: Any])?["difference"] as? String, "8763.77")
        XCTAssertEqual((first["new"] as? [String: Any])?["value"] as? String, "20864.64")
        XCTAssertEqual((changes["paragraphs"] as? [Any])?.count, 10)
        XCTAssertEqual(try JSONDecoder().decode(DiffDocument.self, from: Self.document.json()).changes.summary, Self.document.changes.summary)
    }

    func testMarkdownHasTheSummaryAndATableOfCells() {
        let markdown = MarkdownRenderer().render(Self.document)
        XCTAssertTrue(markdown.hasPrefix("# Changes 2020@1 → 2021@1\n\n**\(Self.document.changes.summary.line)**\n"))
        XCTAssertTrue(markdown.contains("| 表6 公用经费 公用经费合计 | 金额 | 111.61 | 199.31 | +87.70 (+78.58%) |"), markdown)
        XCTAssertTrue(markdown.contains("**127748 → 123788 人**"))
    }

    func testHTMLIsOneSelfContainedPage() {
        let html = HTMLRenderer().render(Self.document)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        for external in ["<script", "<link", "src=", "http://", "https://", "@import"] {
            XCTAssertFalse(html.contains(external), "references \(external)")
        }
        XCTAssertTrue(html.contains("<del>127748</del> → <ins>123788</ins> 人"))
        XCTAssertTrue(html.contains("<div class=\"paragraph moved\">"))
        XCTAssertTrue(html.contains("del{color:#b00020"))
        XCTAssertEqual(html.components(separatedBy: "<div class=\"paragraph").count - 1, 10)
    }

    func testHTMLEscapesReportText() {
        var changes = Self.document.changes
        changes.paragraphs = [ParagraphChange(kind: .added, old: nil, new: ParagraphLocation(index: 0, line: 1, section: nil, text: "<b>&</b>"), edits: [])]
        let html = HTMLRenderer().render(DiffDocument(old: "a", new: "b", changes: changes))
        XCTAssertTrue(html.contains("<ins>&lt;b&gt;&amp;&lt;/b&gt;</ins>"))
    }
}
