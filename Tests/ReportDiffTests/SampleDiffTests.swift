import Foundation
import ReportDiff
import ReportModel
import XCTest

/// The constructed 2020 sample against the real 2021 report: the diff lists each edit
/// reports/build-2020 made, and nothing else.
final class SampleDiffTests: XCTestCase {
    private static let text2020 = try! String(contentsOf: SampleVariants.reports.appendingPathComponent("shanwei-zsj/2020.txt"), encoding: .utf8)
    private static let changes = SampleVariants.changes(from: text2020, to: SampleVariants.text2021)

    func testCellChangesAreExactlyTheEditedCells() throws {
        let expected = try ExpectedEdits.load()
        let found = Self.changes.tables.cells.map {
            ExpectedEdits.Cell(table: $0.table, side: $0.side, code: $0.code, row: $0.row, column: $0.column,
                               old: $0.old?.printed ?? "", new: $0.new?.printed ?? "")
        }
        XCTAssertEqual(found.count, Set(found).count, "a cell is reported twice")
        XCTAssertEqual(Set(found), Set(expected.cells))
        XCTAssertEqual(Self.changes.tables.parts, [])
    }

    func testRowChangesAreExactlyTheEditedRows() throws {
        let expected = try ExpectedEdits.load()
        let found = Self.changes.tables.rows.map { ExpectedEdits.Row(kind: $0.kind.rawValue, table: $0.table, code: $0.code ?? "") }
        XCTAssertEqual(found.count, expected.rows.count)
        XCTAssertEqual(Set(found), Set(expected.rows))
    }

    func testParagraphChangesAreExactlyTheEditedParagraphsWithTheirEdits() throws {
        let expected = try ExpectedEdits.load()
        XCTAssertEqual(Self.changes.paragraphs.count, expected.paragraphs.count)
        for change in Self.changes.paragraphs {
            let text = Self.withoutBlanks((change.new ?? change.old)?.text ?? "")
            let matches = expected.paragraphs.filter { $0.kind == change.kind.rawValue && text.hasPrefix($0.prefix) }
            XCTAssertEqual(matches.count, 1, "unexpected \(change.kind) paragraph: \(text.prefix(40))")
            guard let match = matches.first else { continue }
            let edits = change.edits.filter(\.isChange).map {
                ExpectedEdits.Edit(kind: $0.kind.rawValue, old: $0.old, new: $0.new, unit: $0.unit)
            }
            XCTAssertEqual(edits, match.edits ?? [], "edits of \(match.prefix)")
        }
    }

    /// In the order of the new version; the removed paragraph right after the one it followed.
    func testParagraphChangesAreListedInReadingOrder() {
        XCTAssertEqual(Self.changes.paragraphs.map(\.kind), [.moved, .edited, .edited, .edited, .edited, .edited, .removed, .moved, .edited, .added])
        XCTAssertEqual(Self.changes.paragraphs[5].new?.text.hasPrefix("2021 年本部门 机关运行经费支出"), true)
    }

    func testFigureChangesAreExactlyTheEditedFigures() throws {
        let expected = try ExpectedEdits.load()
        let found = Self.changes.figures.map { ExpectedEdits.Figure(old: $0.old.printed, new: $0.new.printed, unit: $0.unit ?? "") }
        XCTAssertEqual(found.count, expected.figures.count)
        XCTAssertEqual(Set(found), Set(expected.figures))
    }

    func testSummaryCountsEveryKindOfEdit() {
        XCTAssertEqual(Self.changes.summary.line,
                       "9 cells changed, 2 rows added, 1 row removed; 6 paragraphs changed, 1 added, 1 removed, 2 moved; 5 figures changed")
    }

    func testComparingTextsParsesBothAsTheModelsWouldBeCompared() {
        XCTAssertEqual(ReportChanges(oldText: Self.text2020, newText: SampleVariants.text2021), Self.changes)
    }

    func testBuildScriptReproducesTheCommittedFilesByteForByte() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("build-2020-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", SampleVariants.reports.appendingPathComponent("build-2020").path, output.path]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        for name in ["2020.txt", "2020-edits.json"] {
            let built = try Data(contentsOf: output.appendingPathComponent(name))
            let committed = try Data(contentsOf: SampleVariants.reports.appendingPathComponent("shanwei-zsj/\(name)"))
            XCTAssertEqual(built, committed, "\(name) differs from what reports/build-2020 makes")
        }
    }

    private static func withoutBlanks(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }
}
