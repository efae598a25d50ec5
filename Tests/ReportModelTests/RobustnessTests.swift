import XCTest
import ReportModel

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

/// A small seeded generator so the fuzz cases are the same on every run.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The report's syntax (numbers, units, markers, table words, approximation words) and
    /// blanks, shuffled: where the parser's assumptions about order break.
    private static let reportAlphabet = Array("表1 2.3,4（）()一、第部分：注\n \t万元人%-—年月日截至0123456789ABC收入支出合计栏次约余".unicodeScalars)

    /// Up to 399 scalars of `reportAlphabet`.
    mutating func reportLikeText() -> String {
        let length = Int(next() % 400)
        let scalars = (0..<length).map { _ in Self.reportAlphabet[Int(next() % UInt64(Self.reportAlphabet.count))] }
        return String(String.UnicodeScalarView(scalars))
    }
}
