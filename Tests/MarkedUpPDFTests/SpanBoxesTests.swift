import MarkedUpPDF
import PDF
import PDFText
import ReportModel
import XCTest

/// Spans of the stored text placed on the page through the words laid out at their columns.
final class SpanBoxesTests: XCTestCase {
    /// Two rows of a two-sided table, as the layout text writes them: codes on the first line,
    /// the label below; the other side's code and label to the right. 10 points a column.
    private let text = "301 03     302\n  奖金     咨询费"
    private var words: [PlacedWord] {
        [("301", 1, 0), ("03", 1, 4), ("302", 1, 11), ("奖金", 2, 2), ("咨询费", 2, 11)].map { text, line, column in
            let x0 = Double(column) * 10
            let box = PDFBox(x0: x0, y0: Double(line) * 20, x1: x0 + Double(text.displayWidth) * 10, y1: Double(line) * 20 + 12)
            return PlacedWord(word: PDFWord(text: text, page: 3, box: box, fontSize: 12), line: line, column: column)
        }
    }

    func testARowOfSeveralLinesInATableIsABlockOfItsColumns() {
        // 301 03 and 奖金: from line 1 column 1 to the end of 奖金 (scalar 4 of line 2, exclusive 5).
        let span = SourceSpan(startLine: 1, startColumn: 1, endLine: 2, endColumn: 5)
        let boxes = SpanBoxes(words: words, text: text, tableLines: [1...2]).boxes(of: span)
        XCTAssertEqual(boxes.map(\.page), [3, 3])
        XCTAssertEqual(boxes.map(\.box), [PDFBox(x0: 0, y0: 20, x1: 60, y1: 32), PDFBox(x0: 20, y0: 40, x1: 60, y1: 52)],
                       "301 03 up to column 6, not the other side's 302; 奖金")
    }

    func testOutsideATableASpanFlowsFromLineToLine() {
        let span = SourceSpan(startLine: 1, startColumn: 1, endLine: 2, endColumn: 5)
        let boxes = SpanBoxes(words: words, text: text).boxes(of: span)
        XCTAssertEqual(boxes.map(\.box), [PDFBox(x0: 0, y0: 20, x1: 140, y1: 32), PDFBox(x0: 20, y0: 40, x1: 60, y1: 52)],
                       "the first line to its end, the last from its start")
    }

    func testASpanInsideAWordTakesItsShareOfTheWordsWidth() {
        // 询费 of 咨询费: scalars 11 and 12 of line 2 (after two blanks, 奖金 and five blanks), display columns 13 to 17.
        let span = SourceSpan(startLine: 2, startColumn: 11, endLine: 2, endColumn: 13)
        let boxes = SpanBoxes(words: words, text: text).boxes(of: span)
        XCTAssertEqual(boxes.map(\.box), [PDFBox(x0: 130, y0: 40, x1: 170, y1: 52)])
    }

    func testASpanOnLinesWithoutWordsHasNoBox() {
        XCTAssertTrue(SpanBoxes(words: words, text: text).boxes(of: SourceSpan(startLine: 5, startColumn: 1, endLine: 6, endColumn: 3)).isEmpty)
    }
}
