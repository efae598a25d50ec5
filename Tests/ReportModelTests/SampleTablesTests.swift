import XCTest
import ReportModel

final class SampleTablesTests: XCTestCase {
    func testFindsTheNineStandardTablesInOrder() {
        let standard = SampleReport.report.tables.filter { $0.kind != .other }
        XCTAssertEqual(standard.map(\.number), (1...9).map { "表\($0)" })
        XCTAssertEqual(standard.map(\.kind), [
            .incomeExpenditureSummary, .income, .expenditure, .fiscalAppropriationSummary,
            .generalBudgetExpenditure, .basicExpenditureDetail, .threePublicExpenses, .governmentFund, .stateCapital,
        ])
        XCTAssertTrue(standard.allSatisfy { $0.unit == "万元" })
    }

    func testEmptyTablesKeepTheirNote() {
        for kind in [TableKind.governmentFund, .stateCapital] {
            let table = SampleReport.table(kind)
            XCTAssertTrue(table.isEmpty, "\(kind)")
            XCTAssertEqual(table.notes, ["本表本年度无发生额。"])
        }
        XCTAssertFalse(SampleReport.table(.expenditure).isEmpty)
    }

    func testWrappedLabelIsUnwrappedAndValuesAreExact() {
        let side = SampleReport.table(.expenditure).sides[0]
        let row = side.row(code: "2010399")
        XCTAssertEqual(row?.label, "其他政府办公厅（室）及相关机构事务支出")
        XCTAssertEqual(SampleReport.values(row), ["12061.03", "0", "12061.03", "0", "0", "0"])
        XCTAssertEqual(row?.cells.first??.amount.printed, "12,061.03")
        XCTAssertEqual(row?.cells.first??.amount.decimals, 2)
        XCTAssertEqual(side.columns, ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"])
    }

    func testContinuationPagesMergeWithoutRepeatingTheTotalRow() {
        let side = SampleReport.table(.income).sides[0]
        XCTAssertEqual(side.rows.filter { $0.label == "合计" }.count, 1)
        XCTAssertEqual(side.rows.compactMap(\.code).count, 29)
        XCTAssertEqual(side.row(code: "2299999")?.label, "其他支出")
        XCTAssertEqual(side.columns.count, 7)
    }

    func testIncomeExpenditureSummaryHasBothSidesWithTotals() {
        let table = SampleReport.table(.incomeExpenditureSummary)
        XCTAssertEqual(table.sides.map(\.name), ["收入", "支出"])
        let income = table.sides[0], spending = table.sides[1]
        XCTAssertEqual(SampleReport.values(income.row(label: "本年收入合计")), ["20864.64"])
        XCTAssertEqual(income.row(label: "本年收入合计")?.rowNumber, 27)
        XCTAssertEqual(SampleReport.values(income.row(label: "总计")), ["28855.11"])
        XCTAssertEqual(SampleReport.values(spending.row(label: "总计")), ["28855.11"])
        XCTAssertEqual(spending.row(label: "总计")?.rowNumber, 60)
        XCTAssertEqual(income.row(label: "三、国有资本经营预算财政拨款收入")?.rowNumber, 3)
        XCTAssertEqual(spending.row(label: "二十二、灾害防治及应急管理支出")?.rowNumber, 52)
        XCTAssertEqual(spending.rows.filter { $0.label.hasSuffix("支出") && $0.rowNumber.map { (31...56).contains($0) } == true }.count, 26)
    }

    func testFiscalSummarySpendingSideHasFourFundColumns() {
        let spending = SampleReport.table(.fiscalAppropriationSummary).sides[1]
        XCTAssertEqual(spending.columns, ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"])
        XCTAssertEqual(SampleReport.values(spending.row(label: "二、外交支出")), ["0", "0", "0", "0"])
        XCTAssertEqual(SampleReport.values(spending.row(label: "本年支出合计")), ["20864.64", "20864.64", "0", "0"])
    }

    func testBasicExpenditureDetailHasBothListsAndTheirTotals() {
        let table = SampleReport.table(.basicExpenditureDetail)
        XCTAssertEqual(table.sides.map(\.name), ["人员经费", "公用经费"])
        let personnel = table.sides[0], public_ = table.sides[1]
        for code in ["301", "303"] { XCTAssertNotNil(personnel.row(code: code), code) }
        for code in ["302", "307", "310", "399"] { XCTAssertNotNil(public_.row(code: code), code) }
        XCTAssertEqual(SampleReport.values(personnel.row(label: "人员经费合计")), ["1078.05"])
        XCTAssertEqual(SampleReport.values(public_.row(label: "公用经费合计")), ["199.31"])
        XCTAssertEqual(public_.row(code: "39908")?.label, "对民间非营利组织和群众性自治组织补贴")
        XCTAssertEqual(personnel.rows.count, 28, "301 and its 13 items, 303 and its 12, and the total")
    }

    func testThreePublicExpensesHasAllTwelveValues() {
        let side = SampleReport.table(.threePublicExpenses).sides[0]
        XCTAssertEqual(side.rows.count, 1)
        XCTAssertEqual(SampleReport.values(side.rows.first),
                       ["11", "0", "9", "0", "9", "2", "6.93", "0", "5.8", "0", "5.8", "1.13"])
        XCTAssertEqual(side.columns.count, 12)
        XCTAssertEqual(side.columns[6], "决算数·合计")
        XCTAssertEqual(side.columns[10], "决算数·公务用车购置及运行费·公务用车运行费")
    }

    func testCellSpansPointAtThePrintedNumber() throws {
        let row = try XCTUnwrap(SampleReport.table(.expenditure).sides[0].row(code: "2010301"))
        let cell = try XCTUnwrap(row.cells[1])
        let line = SampleReport.lines[cell.span.startLine - 1]
        let scalars = Array(line.unicodeScalars)
        let printed = String(String.UnicodeScalarView(scalars[(cell.span.startColumn - 1)..<(cell.span.endColumn - 1)]))
        XCTAssertEqual(printed, "422.81")
    }

    func testEmbeddedNarrativeTablesAreTablesNotParagraphs() {
        let embedded = SampleReport.report.tables.filter { $0.kind == .other }
        XCTAssertTrue(embedded.contains { $0.title == "汕尾市业务协同中台接口调用情况" && $0.sides[0].row(label: "数字办件数据提交接口") != nil })
        XCTAssertFalse(SampleReport.report.paragraphs.contains { $0.text.hasPrefix("首页 127250") })
        XCTAssertFalse(SampleReport.report.sections.contains { $0.title == "粤省事汕尾专版" }, "a 序号 table's group row is not a chapter")
    }
}
