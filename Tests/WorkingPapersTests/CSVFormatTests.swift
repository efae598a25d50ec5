import Foundation
import WorkingPapers
import XCTest

final class CSVFormatTests: XCTestCase {
    private func sheet(_ rows: [[Cell]]) -> Sheet {
        var sheet = Sheet(name: "t", columns: [Column("文本", width: 10), Column("n", width: 4)])
        rows.forEach { sheet.append($0) }
        return sheet
    }

    func testOpensWithAByteOrderMarkAndEndsLinesWithCRLF() {
        let data = CSVFormat.data(sheet([[.text("收入合计"), .integer(3)]]))
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(String(decoding: data.dropFirst(3), as: UTF8.self), "文本,n\r\n收入合计,3\r\n")
    }

    func testQuotesCommasQuotesAndLineBreaksAsRFC4180Says() {
        let data = CSVFormat.data(sheet([[.text("a,\"b\"\r\nc"), .empty]]))
        XCTAssertEqual(String(decoding: data.dropFirst(3), as: UTF8.self), "文本,n\r\n\"a,\"\"b\"\"\r\nc\",\r\n")
    }

    func testTextThatASpreadsheetWouldEvaluateIsKeptAsText() {
        let rows: [[Cell]] = ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx"].map { [.text($0), .decimal(Decimal(string: "-12.50")!)] }
        let lines = String(decoding: CSVFormat.data(sheet(rows)).dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        XCTAssertEqual(lines.dropFirst().dropLast(), ["\"'=HYPERLINK(\"\"x\"\")\",-12.5", "'+1,-12.5", "'-2,-12.5", "'@SUM(A1),-12.5", "'\tx,-12.5"])
    }
}
