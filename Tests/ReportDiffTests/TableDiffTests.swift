import ReportDiff
import ReportModel
import XCTest

final class TableDiffTests: XCTestCase {
    func testOneChangedCellIsExactlyOneCellChange() throws {
        let edited = SampleVariants.replacing("2010350 事业运行 607.39 607.39 0.00 \n", with: "2010350 事业运行 607.39 600.39 0.00 \n")
        let changes = SampleVariants.changes(from: SampleVariants.text2021, to: edited)
        XCTAssertEqual(changes.tables.cells.count, 1)
        let cell = try XCTUnwrap(changes.tables.cells.first)
        XCTAssertEqual(cell.table, "表5")
        XCTAssertEqual(cell.code, "2010350")
        XCTAssertEqual(cell.column, "基本支出")
        XCTAssertEqual(cell.old?.printed, "607.39")
        XCTAssertEqual(cell.new?.printed, "600.39")
        XCTAssertEqual(cell.change.difference, Decimal(-7))
        XCTAssertEqual(cell.change.percent, Decimal(string: "-1.15"))
        XCTAssertTrue(changes.paragraphs.isEmpty)
        XCTAssertTrue(changes.tables.rows.isEmpty)
        XCTAssertEqual(changes.summary.line, "1 cell changed; 0 paragraphs changed, 0 added, 0 removed, 0 moved; 0 figures changed")
    }

    func testReformattedCellsAreNoChange() {
        var edited = SampleVariants.replacing("2010303 机关服务 3,914.11 0.00 3,914.11 \n", with: "2010303 机关服务 3914.110 0.000 3,914.1100 \n")
        edited = SampleVariants.replacing("30101 基本工资 207.53 30201 办公费 30.30", with: "30101 基本工资 207.530 30201 办公费 30.3", in: edited)
        let changes = SampleVariants.changes(from: SampleVariants.text2021, to: edited)
        XCTAssertEqual(changes.tables.cells, [])
        XCTAssertFalse(changes.summary.hasChanges)
    }

    func testRowsOnlyOneVersionHasAreAddedOrRemoved() throws {
        let row = "2013199 其他党委办公厅（室）及相关机构事务支出 2.00 0.00 2.00 \n\n"
        let withoutRow = SampleVariants.replacing(row, with: "")
        let changes = SampleVariants.changes(from: withoutRow, to: SampleVariants.text2021)
        XCTAssertEqual(changes.tables.rows.map(\.kind), [.added])
        let added = try XCTUnwrap(changes.tables.rows.first)
        XCTAssertEqual([added.table, added.code, added.row], ["表5", "2013199", "其他党委办公厅（室）及相关机构事务支出"])
        XCTAssertEqual(added.values, ["2.00", "0.00", "2.00"])
        XCTAssertEqual(changes.tables.cells, [])
        let reverse = SampleVariants.changes(from: SampleVariants.text2021, to: withoutRow)
        XCTAssertEqual(reverse.tables.rows.map(\.kind), [.removed])
    }
}
