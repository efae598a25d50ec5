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
}
