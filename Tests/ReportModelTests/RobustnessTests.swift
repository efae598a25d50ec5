import ReportModel
import TestSupport
import XCTest

final class RobustnessTests: XCTestCase {
    func testRandomTextNeverCrashes() {
        var generator = SplitMix64(seed: 2021)
        for _ in 0..<300 {
            let text = generator.reportLikeText()
            let report = ReportParser.parse(text)
            XCTAssertLessThanOrEqual(report.paragraphs.count, text.unicodeScalars.count)
        }
    }

    /// One paragraph of 30,000 lines and as many figures: every per-figure lookup must be
    /// logarithmic or this takes minutes instead of seconds.
    func testHugeParagraphYieldsEveryFigure() {
        let text = (0..<30_000).map { "第\($0)行 一般公共预算财政拨款支出 \($0 % 1_000).\($0 % 100) 万元\n" }.joined()
        let report = ReportParser.parse(text)
        XCTAssertEqual(report.paragraphs.count, 1)
        let amounts = report.figures.filter { $0.unit == "万元" }
        XCTAssertEqual(amounts.count, 30_000)
        XCTAssertEqual(amounts.last?.span.startLine, 30_000)
    }

    /// Found by the fuzz above: the thing counted after "1万" ran past the "约" of the next number.
    func testCountedNounRunningIntoAnApproximationWord() {
        let report = ReportParser.parse("1万A约5")
        XCTAssertEqual(report.figures.map(\.amount.printed), ["1", "5"])
        XCTAssertEqual(report.figures.last?.isApproximate, true)
    }

    func testTextWithoutTablesGivesParagraphsOnly() {
        let report = ReportParser.parse("这是一段没有表格的文字。 \n第二段，也没有。 \n")
        XCTAssertTrue(report.tables.isEmpty)
        XCTAssertEqual(report.paragraphs.count, 2)
    }

    func testEmptyTextGivesEmptyModel() {
        let report = ReportParser.parse("")
        XCTAssertEqual(report.lineCount, 0)
        XCTAssertTrue(report.paragraphs.isEmpty && report.tables.isEmpty && report.sections.isEmpty)
    }
}
