import Foundation
import ReportModel
import TestSupport
import XCTest

/// The tables of the three Shanghai PDFs, recovered from their layout text, against the
/// fixtures transcribed by eye from the rendered pages (Tests/Fixtures/shanghai-putuo/README.md): every cell, blank
/// cells included.
final class ShanghaiTablesTests: XCTestCase {
    static func report(_ stem: String) throws -> Report { ReportParser.parse(try ShanghaiReports.text(of: stem)) }

    func testEveryCellOfEveryTableMatchesTheFixture() throws {
        try assertEveryCellMatches("committed text") { try ShanghaiReports.text(of: $0) }
    }

    /// The same text made from `pdftotext -bbox`'s word boxes, which are as tall as the font's
    /// metrics say (a tall ruled cell's code, label and value then mostly share one line):
    /// the parser reads both producers' geometry.
    func testEveryCellMatchesTheFixtureInTextFromPdftotextBoxes() throws {
        try assertEveryCellMatches("pdftotext -bbox text") { try BoxedWordsLayout.text(pdf: ShanghaiReports.pdf($0)) }
    }

    private func assertEveryCellMatches(_ producer: String, text: (String) throws -> String) throws {
        for stem in ShanghaiReports.stems {
            let fixture = try FixtureCell.read(ShanghaiReports.fixture(stem))
            let comparison = CellComparison(report: ReportParser.parse(try text(stem)), fixture: fixture)
            print("\(producer) cell accuracy \(stem): \(comparison.matched)/\(comparison.total) = \(String(format: "%.2f", comparison.percent)) %")
            XCTAssertGreaterThan(comparison.total, 300, stem)
            XCTAssertEqual(comparison.matched, comparison.total, "\(producer), \(stem):\n" + comparison.mismatches.prefix(20).joined(separator: "\n"))
        }
    }

    /// Plain `pdftotext -layout` text is read as well as its geometry allows: measured, and held
    /// at the accuracy reached (cells lost are those the tool placed under another header).
    func testPdftotextLayoutTextKeepsItsAccuracy() throws {
        let floors = ["caizhengju-2024": 519, "shehui-gongzuobu-2024": 528, "template-2024": 365]
        for stem in ShanghaiReports.stems {
            let fixture = try FixtureCell.read(ShanghaiReports.fixture(stem))
            let comparison = CellComparison(report: ReportParser.parse(try ShanghaiReports.pdftotextLayout(of: stem)), fixture: fixture)
            print("pdftotext -layout cell accuracy \(stem): \(comparison.matched)/\(comparison.total) = \(String(format: "%.2f", comparison.percent)) %")
            XCTAssertGreaterThanOrEqual(comparison.matched, floors[stem]!, stem)
        }
    }

    func testNineStandardTablesEachAndTheTemplatesAreEmpty() throws {
        for stem in ShanghaiReports.stems {
            let report = try Self.report(stem)
            let standard = report.tables.filter { $0.kind != .other }
            XCTAssertEqual(standard.map(\.kind), [
                .incomeExpenditureSummary, .income, .expenditure, .fiscalAppropriationSummary,
                .generalBudgetExpenditure, .basicExpenditureDetail, .threePublicExpenses, .governmentFund, .stateCapital,
            ], stem)
            XCTAssertEqual(report.tables.count, 9, stem)
            XCTAssertEqual(standard.filter { !$0.columnsAligned }.map(\.title), [], "\(stem): every column lines up in the PDF's layout text")
            if stem.hasPrefix("template") { XCTAssertTrue(standard.allSatisfy(\.isEmpty), stem) }
        }
    }

    func testEmptyTableKeepsItsExplanation() throws {
        let table = try XCTUnwrap(Self.report("shehui-gongzuobu-2024").table(.governmentFund))
        XCTAssertTrue(table.isEmpty)
        XCTAssertTrue(table.notes.contains { $0.hasSuffix("故本表无数据。") }, "\(table.notes)")
    }
}

