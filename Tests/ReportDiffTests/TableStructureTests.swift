import ReportDiff
import ReportModel
import XCTest

/// Tables built by hand: matching by kind, sides and columns by name, and what only one
/// version has.
final class TableStructureTests: XCTestCase {
    private let span = SourceSpan(startLine: 1, startColumn: 1, endLine: 1, endColumn: 2)

    private func row(_ code: String?, _ label: String, _ values: [String]) -> TableRow {
        // "-" is a cell the report leaves empty.
        let cells = values.map { text -> Cell? in
            guard text != "-", let value = Decimal(string: text) else { return nil }
            return Cell(amount: Amount(printed: text, value: value, decimals: text.split(separator: ".").dropFirst().first?.count ?? 0), span: span)
        }
        return TableRow(code: code, label: label, rowNumber: nil, cells: cells, span: span)
    }

    private func table(_ number: String, _ kind: TableKind, _ sides: [TableSide]) -> Table {
        Table(number: number, title: "", kind: kind, unit: "万元", sides: sides, notes: [], span: span)
    }

    func testAColumnOnlyTheNewVersionHasIsAddedAndItsCellsAreNotChanges() {
        let old = table("表7", .threePublicExpenses, [TableSide(name: nil, columns: ["合计", "公务接待费"], rows: [row(nil, "决算数", ["6.93", "1.13"])])])
        let new = table("表7", .threePublicExpenses, [TableSide(name: nil, columns: ["合计", "会议费", "公务接待费"], rows: [row(nil, "决算数", ["7.93", "1.00", "1.13"])])])
        let changes = TableChanges(old: [old], new: [new])
        XCTAssertEqual(changes.parts, [PartChange(kind: .added, part: .column, name: "表7 会议费")])
        XCTAssertEqual(changes.cells.map { [$0.column, $0.old?.printed, $0.new?.printed] }, [["合计", "6.93", "7.93"]])
    }

    func testTablesAreMatchedByKindNotNumberAndUnmatchedOnesAreAddedOrRemoved() {
        let side = TableSide(name: nil, columns: ["合计"], rows: [row("201", "一般公共服务支出", ["1.00"])])
        let old = [table("表5", .generalBudgetExpenditure, [side]), table("表8", .governmentFund, [side])]
        let new = [table("表6", .generalBudgetExpenditure, [side])]
        let changes = TableChanges(old: old, new: new)
        XCTAssertEqual(changes.cells, [])
        XCTAssertEqual(changes.parts, [PartChange(kind: .removed, part: .table, name: "表8")])
    }

    func testSidesAreMatchedByNameAndAnEmptyCellAgainstZeroIsAChange() {
        let income = TableSide(name: "收入", columns: ["决算数"], rows: [row(nil, "事业收入", ["0.00"])])
        let oldSpending = TableSide(name: "支出", columns: ["决算数"], rows: [row(nil, "外交支出", ["0.00"])])
        let newSpending = TableSide(name: "支出", columns: ["决算数"], rows: [row(nil, "外交支出", ["-"])])
        let changes = TableChanges(old: [table("表1", .incomeExpenditureSummary, [income, oldSpending])],
                                   new: [table("表1", .incomeExpenditureSummary, [newSpending, income])])
        XCTAssertEqual(changes.cells.map { [$0.side, $0.row, $0.old?.printed, $0.new?.printed] }, [["支出", "外交支出", "0.00", nil]])
        XCTAssertNil(changes.cells.first?.change.difference)
    }
}
