import AuditEngine
import Foundation
import ReportModel
import TestSupport
import XCTest

/// `audit commit` checks a revision only when the work is bounded: by size before parsing,
/// and by paragraphs, sentences and figures after. The 20,000-line limit alone let a 5 MB
/// report on one line hold a commit for two minutes and 2.6 GB.
final class WorkBudgetTests: XCTestCase {
    private let budget = WorkBudget(bytes: 1_000, paragraphs: 10, sentences: 30, figures: 20)

    func testEachMeasureIsBoundedAndNamedInOneLine() {
        XCTAssertNil(budget.excess(bytes: 1_000))
        XCTAssertEqual(budget.excess(bytes: 1_001), "1001 bytes is over 1000")

        let paragraphs = ReportParser.parse((0..<11).map { "第\($0)段没有数字。 \n" }.joined())
        XCTAssertEqual(paragraphs.paragraphs.count, 11)
        XCTAssertEqual(budget.excess(paragraphs), "11 paragraphs is over 10")

        let sentences = ReportParser.parse(String(repeating: "一句话。", count: 30))
        XCTAssertEqual(budget.excess(sentences), "31 sentences is over 30")

        let figures = ReportParser.parse((1...21).map { "支出\($0).00万元，" }.joined())
        XCTAssertEqual(figures.figures.count, 21)
        XCTAssertEqual(budget.excess(figures), "21 figures is over 20")

        XCTAssertNil(WorkBudget.commit.excess(ReportParser.parse(try! String(contentsOf: sampleReport, encoding: .utf8))))
    }

    func testAHugeOneLineReportIsStoredAndItsChecksDeferredInOneLine() throws {
        let root = try makeTemporaryDirectory(for: self)
        let workspace = root.appendingPathComponent("workspace")
        let audit = { (arguments: [String]) in try AuditBinary.run(arguments + ["--workspace", workspace.path], in: root, scratch: root) }
        XCTAssertEqual(try audit(["init"]).status, 0)
        let line = try String(contentsOf: sampleReport, encoding: .utf8).replacingOccurrences(of: "\n", with: "")
        let text = String(repeating: line, count: 5_000_000 / line.utf8.count + 1) + "\n"
        let file = try writeFile(Data(text.utf8), named: "one-line.txt", in: root)

        let commit = try audit(["commit", "2021", file.path])
        XCTAssertEqual(commit.status, 0, commit.stderr)
        let lines = commit.output.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, commit.output)
        XCTAssertEqual(lines.last, "findings not recorded: \(text.utf8.count) bytes is over 2097152; 'audit findings 2021@1' computes them")
    }

    /// `audit commit` leaves the parse to its recorder only when the text is certainly within
    /// budget; a text over any measure never is.
    func testCertainlyHoldsNeitherAnyTextOverBudgetNorMissesTheSample() throws {
        XCTAssertFalse(budget.certainlyHolds((0..<11).map { "第\($0)段没有数字。 \n" }.joined()))
        XCTAssertFalse(budget.certainlyHolds(String(repeating: "一句话。", count: 30)))
        XCTAssertFalse(budget.certainlyHolds((1...21).map { "支出\($0).00万元，" }.joined()))
        XCTAssertFalse(budget.certainlyHolds(String(repeating: "字", count: 1_001)))

        let sample = try String(contentsOf: sampleReport, encoding: .utf8)
        XCTAssertTrue(WorkBudget.commit.certainlyHolds(sample))
        // 2,177 lines with content for 228 paragraphs; 2,399 digits that may open a figure for 648.
        let bounds = ReportBounds(of: sample)
        XCTAssertEqual(bounds.paragraphs, 2_177)
        XCTAssertEqual(bounds.figures, 2_399)
        let parsed = ReportParser.parse(sample)
        XCTAssertEqual(parsed.paragraphs.count, 228)
        XCTAssertEqual(parsed.figures.count, 648)
    }

    /// The bounds are upper bounds: a budget set exactly at them always holds for the parse, over
    /// texts built to sit at their edges (digits after letters, points and line breaks, full-width
    /// digits, blank and CR-ended lines, paragraphs wrapped over lines, sentence ends of both widths).
    func testTheParseNeverFindsMoreThanTheBounds() {
        let pieces = [
            "一、", "（二）", "1.", "收入", "12,345.67", "５６", "A1", "5G", "v2.0", ".5", "3.5%", "万元", "增长",
            "截至2021年12月31日", "第1页", "合计", "。", "；", "！", "？", ";", "!", "?", "，", " ", "\u{3000}", "\t",
            "\n", "\n\n", "\r\n", " \n", "。 \n", "表1", "约", "2021年", "-",
        ]
        var generator = SplitMix64(seed: 19)
        for round in 0..<600 {
            let text = round % 3 == 0
                ? generator.reportLikeText()
                : (0..<Int(generator.next() % 80)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let bounds = ReportBounds(of: text)
            let ends = text.unicodeScalars.filter { "。；！？;!?".unicodeScalars.contains($0) }.count
            let tight = WorkBudget(bytes: text.utf8.count, paragraphs: bounds.paragraphs, sentences: bounds.paragraphs + ends, figures: bounds.figures)
            XCTAssertTrue(tight.certainlyHolds(text))
            let report = ReportParser.parse(text)
            XCTAssertNil(tight.excess(report), "round \(round): \(text.debugDescription)")
            XCTAssertLessThanOrEqual(report.paragraphs.count, bounds.paragraphs)
            XCTAssertLessThanOrEqual(report.figures.count, bounds.figures)
        }
    }
}
