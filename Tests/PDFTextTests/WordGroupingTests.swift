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
    }

    func testRadicalCodePointsBecomeTheIdeographs() {
        // ⻔ U+2ED4 (CJK Radicals Supplement) and ⾦ U+2FA6 (Kangxi radical) as some producers write them.
        let words = WordGrouping.words(of: characters("部\u{2ED4}\u{2FA6}额", x: 0), page: 1)
        XCTAssertEqual(words.map(\.text), ["部门金额"])
        XCTAssertEqual(CJKNormalisation.normalised("\u{2EC5}\u{2ECB}\u{2EDA}"), "见车页")
    }
}
