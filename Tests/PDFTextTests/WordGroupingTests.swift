import PDF
import PDFText
import XCTest

final class WordGroupingTests: XCTestCase {
    private func characters(_ text: String, x: Double, y: Double = 0, advance: Double = 10, size: Double = 10) -> [PDFCharacter] {
        text.unicodeScalars.enumerated().map { index, scalar in
            let x0 = x + Double(index) * advance
            return PDFCharacter(scalar: scalar, box: PDFBox(x0: x0, y0: y, x1: x0 + advance, y1: y + size), fontSize: size)
        }
    }

    func testWordsEndAtSpacesGapsAndLineChanges() {
        let page = characters("一般 公共", x: 0) + characters("预算", x: 100) + characters("\n", x: 120) + characters("合计", x: 0, y: 20)
        let words = WordGrouping.words(of: page, page: 4)
        XCTAssertEqual(words.map(\.text), ["一般", "公共", "预算", "合计"])
        XCTAssertEqual(words.map(\.page), [4, 4, 4, 4])
        XCTAssertEqual(words[2].box, PDFBox(x0: 100, y0: 0, x1: 120, y1: 10))
        XCTAssertEqual(words[0].fontSize, 10)
        let controls = characters("合\u{0C}计\u{0}数", x: 0)
        XCTAssertEqual(WordGrouping.words(of: controls, page: 1).map(\.text), ["合", "计", "数"])
    }

    func testRadicalCodePointsBecomeTheIdeographs() {
        // ⻔ U+2ED4 (CJK Radicals Supplement) and ⾦ U+2FA6 (Kangxi radical) as some producers write them.
        let words = WordGrouping.words(of: characters("部\u{2ED4}\u{2FA6}额", x: 0), page: 1)
        XCTAssertEqual(words.map(\.text), ["部门金额"])
        XCTAssertEqual(CJKNormalisation.normalised("\u{2EC5}\u{2ECB}\u{2EDA}"), "见车页")
        // 金 as the CJK compatibility ideograph U+F90A; 一 and a digit stay as they are.
        XCTAssertEqual(CJKNormalisation.normalised("\u{F90A}一1"), "金一1")
    }

    /// Boxes as poppler gives them for the Putuo reports' ONLYOFFICE fonts (caizhengju page 12):
    /// CJK glyphs 3 pt tall, digits 22 pt reaching into the row above; both are set on one row.
    func testBoxesFromBrokenFontMetricsStillShareTheirRow() {
        func glyphs(_ text: String, x: Double, y0: Double, y1: Double) -> [PDFCharacter] {
            text.unicodeScalars.enumerated().map { index, scalar in
                PDFCharacter(scalar: scalar, box: PDFBox(x0: x + Double(index) * 6, y0: y0, x1: x + Double(index + 1) * 6, y1: y1), fontSize: 12)
            }
        }
        let above = glyphs("项目", x: 72, y0: 222.3, y1: 225.3)
        let row = glyphs("一般公共服务支出", x: 72, y0: 248.3, y1: 251.3) + glyphs(" ", x: 200, y0: 0, y1: 0)
            + glyphs("2,106.66", x: 469.8, y0: 233.9, y1: 256.2)
        let words = WordGrouping.words(of: above + row, page: 12)
        XCTAssertEqual(words.map(\.text), ["项目", "一般公共服务支出", "2,106.66"])
        XCTAssertEqual(ReadingOrder.rows(words).map { $0.map(\.text) }, [["项目"], ["一般公共服务支出", "2,106.66"]])
        XCTAssertEqual(words[2].box.height, 12, accuracy: 1e-9)
    }
}
