import PDF
import PDFText
import ReportModel
import XCTest

/// Layout text from crafted word lists, against docs/pdf-text.md: a 10 pt body makes 5 pt columns.
final class LayoutTextTests: XCTestCase {
    private func word(_ text: String, _ x0: Double, _ y0: Double, width: Double? = nil, size: Double = 10, page: Int = 1) -> PDFWord {
        let width = width ?? Double(text.displayWidth) * size / 2
        return PDFWord(text: text, page: page, box: PDFBox(x0: x0, y0: y0, x1: x0 + width, y1: y0 + size), fontSize: size)
    }

    func testWordsStartAtTheirColumnAndRowsReadTopToBottom() {
        let layout = LayoutText(pages: [[
            word("合计", 100, 200), word("支出", 50, 100), word("1,234.56", 250, 200), word("项目", 150, 100),
        ]])
        XCTAssertEqual(layout.text, String(repeating: " ", count: 10) + "支出" + String(repeating: " ", count: 16) + "项目\n"
            + String(repeating: " ", count: 20) + "合计" + String(repeating: " ", count: 26) + "1,234.56\n")
        XCTAssertEqual(layout.words.map(\.word.text), ["支出", "项目", "合计", "1,234.56"])
        XCTAssertEqual(layout.words.map(\.line), [1, 1, 2, 2])
        XCTAssertEqual(layout.words.map(\.column), [10, 30, 20, 50])
    }

    func testAValueSetALittleAboveItsLabelIsOnTheLabelsLine() {
        let layout = LayoutText(pages: [[word("基本支出", 0, 100), word("88.00", 100, 96.5), word("项目支出", 0, 112)]])
        XCTAssertEqual(layout.text, "基本支出" + String(repeating: " ", count: 12) + "88.00\n项目支出\n")
    }

    func testWordsNeverTouchAndAWideGapKeepsTwoSpaces() {
        // 6 pt words on a 10 pt page are narrower than their display width, so their columns
        // alone would overlap; a gap of a body character (8 pt here) still shows as two spaces.
        let body = [word("正文正文正文", 0, 30), word("正文", 0, 45)]
        let wide = LayoutText(pages: [[word("部门", 0, 0, size: 6), word("决算", 20, 0, size: 6)] + body])
        XCTAssertEqual(wide.text.split(separator: "\n").first, "部门  决算")
        let narrow = LayoutText(pages: [[word("部门", 0, 0, size: 6), word("决算", 15, 0, size: 6)] + body])
        XCTAssertEqual(narrow.text.split(separator: "\n").first, "部门 决算")
    }

    func testANarrowGapIsOneSpace() {
        let layout = LayoutText(pages: [[word("2024", 0, 0), word("年", 22, 0)]])
        XCTAssertEqual(layout.text, "2024 年\n")
    }

    func testLaterPagesOpenWithAFormFeedAndAnEmptyPageKeepsItsOwn() {
        let layout = LayoutText(pages: [[word("一", 0, 0)], [], [word("三", 10, 0, page: 3), word("三下", 0, 20, page: 3)]])
        XCTAssertEqual(layout.text, "一\n\u{0C}\n\u{0C}  三\n三下\n")
        XCTAssertEqual(layout.words.map(\.line), [1, 3, 4])
        XCTAssertEqual(layout.words.map(\.column), [0, 2, 0])
        let pageOfLine = layout.text.split(separator: "\n", omittingEmptySubsequences: false).reduce(into: [Int]()) { pages, line in
            pages.append((pages.last ?? 1) + line.filter { $0 == "\u{0C}" }.count)
        }
        XCTAssertEqual(layout.words.map { pageOfLine[$0.line - 1] }, layout.words.map(\.word.page))
    }

    func testColumnsOfTwoTablesSideBySide() {
        let rows = [(100.0, "人员经费", "12.00", "公用经费", "3.00"), (115.0, "工资福利支出", "10.00", "办公费", "1.50")]
        let words = rows.flatMap { y, a, b, c, d in
            [word(a, 20, y), word(b, 120, y), word(c, 200, y), word(d, 320, y)]
        }
        let lines = LayoutText(pages: [words]).text.split(separator: "\n").map(String.init)
        for line in lines {
            let starts = [4, 24, 40, 64]
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            XCTAssertEqual(fields.count, 4, line)
            for (field, start) in zip(fields, starts) {
                let prefix = line[..<line.range(of: String(field))!.lowerBound]
                XCTAssertEqual(String(prefix).displayWidth, start, line)
            }
        }
        XCTAssertFalse(lines.contains { $0.hasSuffix(" ") })
    }

    func testTheBodyFontIsTheSizeMostCharactersAreSetIn() {
        XCTAssertEqual(LayoutText(pages: [[word("标题", 0, 0, size: 22), word("正文的字多一些", 0, 30, size: 16)]]).text, "标题\n正文的字多一些\n")
        let placed = LayoutText(pages: [[word("标题", 0, 0, size: 22), word("正文的字多一些", 80, 30, size: 16)]]).words
        XCTAssertEqual(placed.last?.column, 10)
    }

    /// A header whose cells sit at staggered heights, each overlapping the next by half: rows are
    /// compared with their words' mean extent, so the three do not chain into one line.
    func testStaggeredCellsDoNotChainRowsTogether() {
        let layout = LayoutText(pages: [[word("附属单位", 300, 100), word("功能分类", 0, 105), word("上缴收入", 300, 110), word("科目名称", 100, 114)]])
        XCTAssertEqual(layout.words.map(\.line), [1, 1, 2, 2])
    }
}
