import PDF
import PDFText
import XCTest

final class WordsArchiveTests: XCTestCase {
    func testRoundTripAndDamage() {
        let words = [
            PlacedWord(word: PDFWord(text: "合计", page: 2, box: PDFBox(x0: 1.25, y0: 2.5, x1: 3.75, y1: 5), fontSize: 9.5), line: 7, column: 3),
            PlacedWord(word: PDFWord(text: "-1,234.56", page: 3, box: PDFBox(x0: 0, y0: 0, x1: 0.1, y1: 0.2), fontSize: 12), line: 8, column: 0),
        ]
        let data = WordsArchive.encode(words)
        XCTAssertEqual(WordsArchive.decode(data), words)
        XCTAssertNil(WordsArchive.decode(data.dropLast()))
        XCTAssertNil(WordsArchive.decode(data + Data([0])))
        XCTAssertNil(WordsArchive.decode(Data("audit-words\n".utf8)))
    }
}
