import Foundation
@testable import ReportModel
import XCTest

/// Crafted layout text (the `pdftotext -layout` kind): each case places words at display
/// columns the way a PDF's geometry would, and checks the cells the model reads from them.
final class LayoutTablesTests: XCTestCase {
    /// A line with each text starting at its display column (CJK two columns wide).
    private func line(_ cells: [(Int, String)]) -> String {
        var text = ""
        var end = 0
        for (column, word) in cells {
            text += String(repeating: " ", count: max(1, column - end)) + word
            end = max(column, end + 1) + word.unicodeScalars.reduce(0) { $0 + $1.displayWidth }
        }
        return text.hasPrefix(" ") && cells.first?.0 == 0 ? String(text.dropFirst()) : text
    }

    private func table(_ lines: [String], _ kind: TableKind) throws -> Table {
        try XCTUnwrap(ReportParser.parse(lines.joined(separator: "\n") + "\n").table(kind))
    }

    private func values(_ row: TableRow?) -> [String] {
        row?.cells.map { $0?.amount.value.plainString ?? "-" } ?? []
    }

    private var incomeHeader: [String] {
        [
            line([(20, "收入决算表")]),
            line([(50, "单位：万元")]),
            line([(8, "项目"), (30, "本年收入合"), (44, "财政拨款收"), (58, "其他收入")]),
            line([(2, "支出功能分类"), (34, "计"), (48, "入")]),
            line([(0, "类"), (5, "款"), (9, "项"), (16, "科目名称")]),
        ]
    }

    func testSplitCodeColumnsJoinIntoCanonicalCodesWithBlankCellsInEveryPosition() throws {
        let table = try table(incomeHeader + [
            line([(16, "合计"), (32, "1,000.00"), (46, "990.00"), (59, "10.00")]),
            line([(0, "201"), (16, "一般公共服务支出"), (46, "990.00"), (59, "10.00")]),
            line([(0, "201"), (5, "06"), (16, "财政事务"), (32, "1,000.00"), (59, "10.00")]),
            line([(0, "201"), (5, "06"), (9, "01"), (16, "行政运行"), (32, "1,000.00"), (46, "990.00")]),
            line([(5, "07"), (16, "其他事务")]),
        ], .income)
        let side = table.sides[0]
        XCTAssertEqual(side.columns, ["本年收入合计", "财政拨款收入", "其他收入"])
        XCTAssertEqual(side.rows.map { $0.code ?? "" }, ["", "201", "20106", "2010601", "20107"])
        XCTAssertEqual(values(side.row(code: "201")), ["-", "990", "10"], "first cell blank")
        XCTAssertEqual(values(side.row(code: "20106")), ["1000", "-", "10"], "middle cell blank")
        XCTAssertEqual(values(side.row(code: "2010601")), ["1000", "990", "-"], "last cell blank")
        XCTAssertEqual(values(side.row(code: "20107")), ["-", "-", "-"], "every cell blank, the 款 under the 类 printed above")
        XCTAssertEqual(side.rows[0].label, "合计")
    }

    func testTwoSidesUnderSpacedOutSideHeaders() throws {
        let table = try table([
            line([(20, "收入支出决算总表")]),
            line([(50, "单位：万元")]),
            line([(10, "收"), (16, "入"), (44, "支"), (50, "出")]),
            line([(6, "项目"), (24, "决算数"), (40, "项目"), (62, "决算数")]),
            line([(0, "一、财政拨款收入"), (22, "100.00"), (34, "一、一般公共服务支出"), (60, "80.00")]),
            line([(0, "二、事业收入"), (34, "二、外交支出")]),
            line([(34, "三、国防支出"), (60, "20.00")]),
            line([(4, "本年收入合计"), (22, "100.00"), (36, "本年支出合计"), (59, "100.00")]),
        ], .incomeExpenditureSummary)
        XCTAssertEqual(table.sides.map(\.name), ["收入", "支出"])
        let income = table.sides[0], spending = table.sides[1]
        XCTAssertEqual(income.rows.map(\.label), ["一、财政拨款收入", "二、事业收入", "本年收入合计"])
        XCTAssertEqual(spending.rows.map(\.label), ["一、一般公共服务支出", "二、外交支出", "三、国防支出", "本年支出合计"])
        XCTAssertEqual(values(income.row(label: "二、事业收入")), ["-"])
        XCTAssertEqual(values(spending.row(label: "三、国防支出")), ["20"])
        XCTAssertEqual(values(spending.row(label: "本年支出合计")), ["100"])
    }

    func testTableContinuedOverAPageBreakDropsTheRepeatedHeader() throws {
        let header = incomeHeader
        let table = try table(header + [
            line([(0, "201"), (16, "一般公共服务支出"), (32, "1,000.00"), (46, "990.00"), (59, "10.00")]),
            "\u{0C}" + header[2],
            header[3],
            header[4],
            line([(0, "208"), (16, "社会保障和就业支出"), (34, "50.00"), (48, "50.00")]),
        ], .income)
        let side = table.sides[0]
        XCTAssertEqual(side.rows.map { $0.code ?? "" }, ["201", "208"])
        XCTAssertEqual(values(side.row(code: "208")), ["50", "50", "-"])
    }

    func testWrappedLabelsAboveAndBelowTheirCode() throws {
        let table = try table([
            line([(20, "一般公共预算财政拨款支出决算表")]),
            line([(50, "单位：万元")]),
            line([(8, "项目"), (30, "合计"), (40, "基本支出"), (52, "项目支出")]),
            line([(0, "科目编码"), (12, "科目名称")]),
            line([(0, "2080501"), (10, "行政单位离退休"), (30, "1.00"), (41, "1.00")]),
            line([(10, "机关事业单位")]),
            line([(0, "2080505"), (10, "基本养老保险"), (30, "6.18"), (41, "6.18")]),
            line([(10, "缴费支出")]),
            line([(0, "2080506"), (10, "职业年金缴费支出"), (30, "4.64"), (41, "4.64")]),
            line([(0, "2080599"), (10, "其他行政事业单"), (30, "0.50"), (53, "0.50")]),
            line([(10, "位养老支出")]),
            line([(10, "合计"), (29, "12.32"), (40, "11.82"), (53, "0.50")]),
        ], .generalBudgetExpenditure)
        let side = table.sides[0]
        XCTAssertEqual(side.row(code: "2080501")?.label, "行政单位离退休")
        XCTAssertEqual(side.row(code: "2080505")?.label, "机关事业单位基本养老保险缴费支出", "label above and below its code")
        XCTAssertEqual(side.row(code: "2080506")?.label, "职业年金缴费支出")
        XCTAssertEqual(side.row(code: "2080599")?.label, "其他行政事业单位养老支出", "label wrapped below its code")
        XCTAssertEqual(values(side.row(label: "合计")), ["12.32", "11.82", "0.5"])
    }

    private var basicHeader: [String] {
        [
            line([(29, "一般公共预算财政拨款基本支出决算表")]),
            line([(95, "单位：万元")]),
            line([(6, "经济分类"), (61, "经济分类")]),
            line([(6, "科目编码"), (61, "科目编码")]),
            line([(28, "科目名称"), (49, "决算数"), (80, "科目名称"), (98, "决算数")]),
            line([(13, "款"), (68, "款")]),
            line([(3, "类"), (58, "类")]),
        ]
    }

    /// A ruled table whose cells are taller than a line (caizhengju's 基本支出决算表 as our PDF
    /// text lays it out): each row's 类/款 codes sit at the top of the cell, its label and value
    /// centred lower down, a wrapped label on the lines around the value, and on the right side
    /// the 类 code alone on the top line with the 款 code and label one line down.
    func testTallRuledCellsPrintCodesAtTheTopAndValuesAndLabelsBelow() throws {
        let table = try table(basicHeader + [
            line([(5, "301"), (48, "2,082.85"), (60, "302"), (98, "171.07")]),
            line([(19, "工资福利支出"), (74, "商品和服务支出")]),
            line([(5, "301"), (13, "01"), (60, "302")]),
            line([(19, "基本工资"), (48, "262.33"), (68, "01"), (74, "办公费"), (98, "21.21")]),
            line([(5, "301"), (13, "08"), (19, "机关事业单位基本养老保险缴"), (60, "302")]),
            line([(48, "160.75"), (68, "06"), (74, "电费")]),
            line([(19, "费")]),
            line([(5, "301"), (13, "09"), (60, "302"), (74, "其"), (77, "他"), (80, "商"), (83, "品"), (86, "和"), (89, "服"), (92, "务"), (95, "支")]),
            line([(19, "职业年金缴费"), (48, "80.38"), (68, "99"), (98, "11.53")]),
            line([(74, "出")]),
            line([(5, "301"), (13, "10"), (60, "310")]),
            line([(19, "职工基本医疗保险缴费"), (48, "60.99"), (74, "资本性支出"), (98, "13.58")]),
            line([(5, "301"), (13, "11"), (60, "310")]),
            line([(19, "公务员医疗补助缴费"), (68, "01"), (74, "房屋建筑物购建")]),
            line([(18, "人员经费合计"), (48, "2,152.26"), (73, "公用经费合计"), (98, "184.65")]),
        ], .basicExpenditureDetail)
        let staff = table.sides[0], other = table.sides[1]
        XCTAssertEqual(table.sides.map(\.name), ["人员经费", "公用经费"])
        XCTAssertEqual(staff.rows.map { "\($0.code ?? "") \($0.label) \(values($0)[0])" }, [
            "301 工资福利支出 2082.85", "30101 基本工资 262.33", "30108 机关事业单位基本养老保险缴费 160.75",
            "30109 职业年金缴费 80.38", "30110 职工基本医疗保险缴费 60.99", "30111 公务员医疗补助缴费 -", " 人员经费合计 2152.26",
        ], "a value below its coded line is that row's, not the next row's")
        XCTAssertEqual(other.rows.map { "\($0.code ?? "") \($0.label) \(values($0)[0])" }, [
            "302 商品和服务支出 171.07", "30201 办公费 21.21", "30206 电费 -", "30299 其他商品和服务支出 11.53",
            "310 资本性支出 13.58", "31001 房屋建筑物购建 -", " 公用经费合计 184.65",
        ], "a lone 类 code joins the 款 code and label below it; a spaced-out label's last character is its own")
    }

    /// `pdftotext -layout` sets a value raised above its row on a line of its own after a blank
    /// line: it is the row's below, even when the row above has that cell blank.
    func testAValueAfterABlankLineBelongsToTheRowBelow() throws {
        let table = try table(basicHeader + [
            line([(5, "301"), (13, "07"), (60, "302")]),
            line([(19, "绩效工资"), (68, "05"), (74, "水费")]),
            "",
            line([(48, "160.75")]),
            line([(5, "301"), (13, "08"), (60, "302")]),
            line([(19, "基本养老保险缴费"), (68, "06"), (74, "电费")]),
        ], .basicExpenditureDetail)
        let staff = table.sides[0]
        XCTAssertEqual(values(staff.row(code: "30107")), ["-"])
        XCTAssertEqual(values(staff.row(code: "30108")), ["160.75"])
    }

    /// shehui's 一般公共预算财政拨款支出决算表: the first row's label wraps above and below its
    /// code, whose line carries only the values; the label's first line is the row's, not header.
    func testTheFirstRowsLabelWrappedAboveItsCodeIsNoHeader() throws {
        let table = try table([
            line([(42, "一般公共预算财政拨款支出决算表")]),
            line([(83, "单位：万元")]),
            line([(32, "项目")]),
            line([(54, "合计"), (67, "基本支出"), (82, "项目支出")]),
            line([(22, "功能分类")]),
            line([(37, "科目名称")]),
            line([(22, "科目编码")]),
            line([(34, "一般公共服务")]),
            line([(20, "201"), (53, "264.87"), (68, "62.63"), (83, "202.24")]),
            line([(34, "支出")]),
            line([(20, "20139"), (34, "社会工作事务"), (53, "264.87"), (68, "62.63"), (83, "202.24")]),
        ], .generalBudgetExpenditure)
        let side = table.sides[0]
        XCTAssertEqual(side.columns, ["合计", "基本支出", "项目支出"])
        XCTAssertEqual(side.row(code: "201")?.label, "一般公共服务支出")
        XCTAssertEqual(values(side.row(code: "201")), ["264.87", "62.63", "202.24"])
    }

    /// shehui's 基本支出决算表: labels wrapped above and below their codes row after row; a line
    /// below a row's key wider than the key's label starts the next row's label, so the line
    /// above the key stays with the row above.
    func testALineWiderThanTheKeysLabelStartsTheNextRow() throws {
        let table = try table(basicHeader + [
            line([(12, "30107"), (25, "绩效工资"), (48, "10.16"), (60, "30205"), (74, "水费"), (98, "0.00")]),
            line([(25, "机关事业单位基本")]),
            line([(12, "30108"), (48, "6.18"), (60, "30206"), (74, "电费"), (98, "0.00")]),
            line([(23, "养老保险缴费")]),
            line([(12, "30109"), (25, "职业年金缴费"), (48, "4.64"), (60, "30207"), (74, "邮电费"), (98, "0.00")]),
            line([(25, "职工基本医疗保险")]),
            line([(12, "30110"), (48, "2.71"), (60, "30208"), (74, "取暖费"), (98, "0.00")]),
            line([(23, "缴费")]),
            line([(12, "30112"), (25, "其他社会保障缴费"), (48, "0.09"), (60, "30211"), (74, "差旅费"), (98, "1.15")]),
        ], .basicExpenditureDetail)
        let staff = table.sides[0]
        XCTAssertEqual(staff.rows.map(\.label), ["绩效工资", "机关事业单位基本养老保险缴费", "职业年金缴费", "职工基本医疗保险缴费", "其他社会保障缴费"])
    }

    func testIntegersAndNegativesInParentheses() throws {
        let table = try table(incomeHeader + [
            line([(0, "201"), (16, "一般公共服务支出"), (36, "12"), (46, "(3.00)"), (61, "-5")]),
        ], .income)
        let row = try XCTUnwrap(table.sides[0].row(code: "201"))
        XCTAssertEqual(values(row), ["12", "-3", "-5"])
        XCTAssertEqual(row.cells[0]?.amount.decimals, 0)
        XCTAssertEqual(row.cells[1]?.amount.printed, "(3.00)")
    }

    func testGroupedHeaderRowNamesEachColumnTopToBottom() throws {
        let table = try table([
            line([(30, "财政拨款“三公”经费支出决算表")]),
            line([(90, "单位：万元")]),
            line([(40, "财政拨款“三公”经费")]),
            line([(44, "公务用车购置及运行维护费")]),
            line([(8, "合计"), (24, "因公出国（境）费"), (40, "小计"), (52, "公务用车购置费"), (70, "公务用车运行维护费"), (90, "公务接待费")]),
            line([(2, "预算数"), (12, "决算数"), (20, "预算数"), (30, "决算数"), (38, "预算数"), (46, "决算数"),
                  (52, "预算数"), (60, "决算数"), (70, "预算数"), (80, "决算数"), (88, "预算数"), (98, "决算数")]),
            line([(2, "10.00"), (12, "9.00"), (48, "9.00"), (82, "9.00")]),
        ], .threePublicExpenses)
        let side = table.sides[0]
        XCTAssertEqual(side.columns, [
            "预算数·合计", "决算数·合计", "预算数·因公出国（境）费", "决算数·因公出国（境）费",
            "预算数·公务用车购置及运行费·小计", "决算数·公务用车购置及运行费·小计",
            "预算数·公务用车购置及运行费·公务用车购置费", "决算数·公务用车购置及运行费·公务用车购置费",
            "预算数·公务用车购置及运行费·公务用车运行费", "决算数·公务用车购置及运行费·公务用车运行费",
            "预算数·公务接待费", "决算数·公务接待费",
        ])
        XCTAssertEqual(values(side.rows.first), ["10", "9", "-", "-", "-", "9", "-", "-", "-", "9", "-", "-"])
    }

    /// `pdftotext -layout` on a sparse page puts each line's values a fixed gap after its label:
    /// the column of a value is then a guess, and the table says so.
    func testValuesThatDoNotLineUpMarkTheTableUnaligned() throws {
        let aligned = try table(incomeHeader + [
            line([(0, "201"), (16, "一般公共服务支出"), (32, "1,000.00"), (46, "990.00"), (59, "10.00")]),
            line([(0, "201"), (5, "06"), (16, "财政事务"), (32, "1,000.00"), (46, "990.00"), (59, "10.00")]),
            line([(0, "201"), (5, "06"), (9, "01"), (16, "行政运行"), (32, "1,000.00"), (46, "990.00"), (59, "10.00")]),
        ], .income)
        XCTAssertTrue(aligned.columnsAligned)
        let shifted = try table(incomeHeader + [
            line([(0, "201"), (16, "一般公共服务支出"), (38, "1,000.00"), (50, "990.00")]),
            line([(0, "201"), (5, "06"), (16, "财政事务"), (30, "1,000.00"), (42, "990.00")]),
            line([(0, "201"), (5, "06"), (9, "01"), (16, "行政运行"), (30, "1,000.00"), (46, "990.00")]),
        ], .income)
        XCTAssertFalse(shifted.columnsAligned)
    }

    func testATitleWithTheWordUnitKeepsItsTitle() throws {
        let report = ReportParser.parse([
            "表 2", "XX单位收入决算表", "部门：XX单位 单位：万元",
            "项目 本年收入合计 财政拨款收入", "科目编码 科目名称", "合计 10.00 10.00",
        ].joined(separator: "\n") + "\n")
        let table = try XCTUnwrap(report.tables.first)
        XCTAssertEqual(table.title, "XX单位收入决算表")
        XCTAssertEqual(table.kind, .income)
        XCTAssertEqual(table.unit, "万元")
    }
}
