import Foundation
import TestSupport
import WorkingPapers
import XCTest

/// The workbook read back by openpyxl, an independent reader of the format.
final class XLSXFormatTests: XCTestCase {
    private static let reader = """
        import json, sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        out = []
        for sheet in book.worksheets:
            out.append({
                "name": sheet.title,
                "rows": [[None if c.value is None else [type(c.value).__name__, str(c.value)] for c in row] for row in sheet.iter_rows()],
                "bold": [c.font.b for c in sheet[1]],
                "frozen": sheet.freeze_panes,
                "filter": sheet.auto_filter.ref,
                "widths": {k: round(v.width) for k, v in sheet.column_dimensions.items() if v.width},
            })
        print(json.dumps(out, ensure_ascii=False))
        """

    private func readBack(_ data: Data) throws -> [[String: Any]] {
        let file = try makeTemporaryDirectory(for: self).appendingPathComponent("t.xlsx")
        try data.write(to: file)
        let result = try ExternalCommand.run(["python3", "-c", Self.reader, file.path])
        XCTAssertEqual(result.status, 0, result.output)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
    }

    func testEveryCellHeaderFreezeFilterAndWidthReadBack() throws {
        var sheet = Sheet(name: "findings", columns: [Column("规则", width: 24), Column("行", width: 6), Column("差额", width: 12)])
        sheet.append([.text("total-reconciliation 表3 收入合计"), .integer(402), .decimal(Decimal(string: "-1277.36")!)])
        sheet.append([.text("=SUM(A1:A2)"), .empty, .decimal(Decimal(string: "0.01")!)])
        let books = try readBack(try XLSXFormat.data([sheet]))
        XCTAssertEqual(books.count, 1)
        let book = books[0]
        XCTAssertEqual(book["name"] as? String, "findings")
        let rows = try XCTUnwrap(book["rows"] as? [[Any]])
        XCTAssertEqual(rows.map { $0.map { ($0 as? [String])?.joined(separator: ":") ?? "nil" } }, [
            ["str:规则", "str:行", "str:差额"],
            ["str:total-reconciliation 表3 收入合计", "int:402", "float:-1277.36"],
            ["str:=SUM(A1:A2)", "nil", "float:0.01"],
        ])
        XCTAssertEqual(book["bold"] as? [Bool], [true, true, true])
        XCTAssertEqual(book["frozen"] as? String, "A2")
        XCTAssertEqual(book["filter"] as? String, "A1:C3")
        let widths = try XCTUnwrap(book["widths"] as? [String: Int])
        XCTAssertEqual(widths["A"], 25)
        XCTAssertEqual(widths["B"], 7)
    }

    func testAWorksheetNameExcelRefusesIsAnErrorNotABrokenFile() {
        let sheet = Sheet(name: "a/b", columns: [Column("x", width: 4)])
        XCTAssertThrowsError(try XLSXFormat.data([sheet])) { error in
            XCTAssertTrue(String(describing: error).contains("worksheet name 'a/b'"), String(describing: error))
        }
    }
}
