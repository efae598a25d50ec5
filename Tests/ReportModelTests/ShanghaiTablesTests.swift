import Foundation
import ReportModel
import TestSupport
import XCTest

/// The tables of the three Shanghai PDFs, recovered from their layout text, against the
/// fixtures transcribed by eye from the rendered pages (FIXTURES.md): every cell, blank
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
            let percent = Double(comparison.matched) / Double(max(comparison.total, 1)) * 100
            print("\(producer) cell accuracy \(stem): \(comparison.matched)/\(comparison.total) = \(String(format: "%.2f", percent)) %")
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
            let percent = Double(comparison.matched) / Double(max(comparison.total, 1)) * 100
            print("pdftotext -layout cell accuracy \(stem): \(comparison.matched)/\(comparison.total) = \(String(format: "%.2f", percent)) %")
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

/// One line of a fixture TSV: table, page, side, code, label, column, value.
struct FixtureCell {
    let table, side, code, label, column, value: String

    static func read(_ url: URL) throws -> [FixtureCell] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return FixtureCell(table: fields[0], side: fields[2], code: fields[3], label: fields[4], column: fields[5],
                               value: fields.count > 6 ? fields[6] : "")
        }
    }

    /// The printed value as a decimal ("(3.00)" is minus three), nil for a blank cell.
    var amount: Decimal? {
        guard !value.isEmpty else { return nil }
        let negative = value.hasPrefix("(") || value.hasPrefix("-")
        let digits = value.filter { $0.isNumber || $0 == "." }
        guard let magnitude = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return negative ? -magnitude : magnitude
    }
}

/// Fixture cells looked up in the model: the row by table, side, code and label (the n-th
/// such row for the n-th time the fixture names it), the column by the vocabulary's name for
/// the printed header.
struct CellComparison {
    private(set) var matched = 0
    private(set) var total = 0
    private(set) var mismatches: [String] = []

    init(report: Report, fixture: [FixtureCell]) {
        var seen: [String: Int] = [:]
        for cell in fixture {
            total += 1
            let key = [cell.table, cell.side, cell.code, cell.label, cell.column].joined(separator: "|")
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            let found = CellComparison.lookup(cell, occurrence: occurrence, in: report)
            switch found {
            case .some(let amount) where amount?.value == cell.amount:
                matched += 1
            case .some(let amount):
                mismatches.append("\(key): printed «\(cell.value)», read «\(amount?.printed ?? "")»")
            case .none:
                mismatches.append("\(key): not found")
            }
        }
    }

    /// The model's cell (nil inside for a blank one), or nil when its row or column is missing.
    private static func lookup(_ cell: FixtureCell, occurrence: Int, in report: Report) -> Amount?? {
        guard let table = report.tables.first(where: { $0.title.filter { !$0.isWhitespace } == cell.table }) else { return nil }
        let side = table.sides.count == 1 ? table.sides.first : table.side(named: cell.side)
        let column = TableVocabulary.canonicalColumn(cell.column.components(separatedBy: "·"))
        guard let side, let index = side.columnIndex(column) else { return nil }
        let rows = side.rows.filter { ($0.code ?? "") == cell.code && $0.label.filter { !$0.isWhitespace } == cell.label }
        guard occurrence < rows.count else { return nil }
        return .some(rows[occurrence].value(index))
    }
}
