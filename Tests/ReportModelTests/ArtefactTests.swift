import XCTest
import ReportModel

/// Crafted snippets, one per extraction artefact listed in docs/report-format.md, "Layout of the text".
final class ArtefactTests: XCTestCase {
    private func paragraphs(_ text: String) -> [String] { ReportParser.parse(text).paragraphs.map(\.text) }

    func testBlankLinesBetweenWrappedLinesAreNotParagraphBreaks() {
        let text = "汕尾市的收入合计为 12.50 万元，比上年\n\n增加 1.00 万元。 \n\n下一段。 \n"
        XCTAssertEqual(paragraphs(text), ["汕尾市的收入合计为 12.50 万元，比上年增加 1.00 万元。", "下一段。"])
    }

    func testPageNumberAndLeadingSpaceOfNewPageAreRemoved() {
        let text = "本段跨页继续，第一页的最后\n\n\n\n 8 \n\n 第二页的开头。 \n"
        XCTAssertEqual(paragraphs(text), ["本段跨页继续，第一页的最后第二页的开头。"])
    }

    func testNumberSplitFromItsUnitStillCarriesTheUnit() throws {
        let report = ReportParser.parse("累计接待群众 123788\n\n人，日均 1,330 人次。 \n")
        let figure = try XCTUnwrap(report.figures.first)
        XCTAssertEqual(figure.amount.value, 123788)
        XCTAssertEqual(figure.unit, "人")
        XCTAssertEqual(report.figures.last?.amount.value, 1330)
        XCTAssertEqual(report.figures.last?.unit, "人次")
    }

    func testFullWidthDigitsNegativesAndParentheses() {
        let figures = ReportParser.parse("收入１２３．４５万元，结余-3.20 万元，差额（1,234.00）万元。 \n").figures
        XCTAssertEqual(figures.map { $0.amount.value.plainString }, ["123.45", "-3.2", "-1234"])
        XCTAssertTrue(figures.allSatisfy { $0.unit == "万元" })
    }

    func testListMarkersDatesAndNamesAreNotFigures() {
        let text = "1.截至 2022 年 5 月 29 日，5G 大厅共有 7×24 小时服务，具体如下：（1）办件 3 件。 \n"
        let figures = ReportParser.parse(text).figures
        XCTAssertEqual(figures.map(\.amount.printed), ["3"])
        XCTAssertEqual(figures.first?.time, "截至2022年5月29日")
    }

    func testDatesReachAcrossSemicolonsButBracketedYearsDateNothing() {
        let figures = ReportParser.parse("截至 2021 年 11 月 26 日，访问 300 次；认证 20 家。优化提升（2020 年）项目完成 5 项。 \n").figures
        XCTAssertEqual(figures.map(\.time), ["截至2021年11月26日", "截至2021年11月26日", nil])
        XCTAssertEqual(figures.map(\.amount.printed), ["300", "20", "5"])
    }

    func testRepeatedHeaderAndTotalRowVanishAcrossPages() throws {
        let page = { (rows: String) in
            "表 5 \n\n一般公共预算财政拨款支出决算表 \n\n 部门：某局  单位：万元 \n\n项    目 \n\n本年支出合计 基本支出 项目支出 功能分类 \n\n科目编码 \n\n科目名称 \n\n栏次 1 2 3 \n\n 合计 30.00 10.00 20.00 \n\n" + rows
        }
        let text = page("201 一般公共服务支出 10.00 10.00 0.00 \n\n") + page("206 \n\n其他科学技术\n\n支出 \n\n20.00 0.00 20.00 \n\n注：本表反映支出。 \n")
        let tables = ReportParser.parse(text).tables
        XCTAssertEqual(tables.count, 1)
        let rows = try XCTUnwrap(tables.first?.sides.first?.rows)
        XCTAssertEqual(rows.map(\.label), ["合计", "一般公共服务支出", "其他科学技术支出"])
        XCTAssertEqual(rows.last?.code, "206")
        XCTAssertEqual(tables.first?.notes, ["本表反映支出。"])
    }

    func testFullWidthCodesAndAmountsInTables() throws {
        let text = "表 5 \n\n一般公共预算财政拨款支出决算表 \n\n 部门：某局  单位：万元 \n\n项目 本年支出合计 基本支出 项目支出 \n\n栏次 1 2 3 \n\n ２０１ 一般公共服务支出 ３０．００ １０．００ ２０．００ \n\n注：本表反映支出。 \n"
        let row = try XCTUnwrap(ReportParser.parse(text).tables.first?.sides.first?.row(code: "201"))
        XCTAssertEqual(row.cells.map { $0?.amount.value.plainString }, ["30", "10", "20"])
        XCTAssertEqual(row.cells.first??.amount.printed, "３０．００")
    }

    func testUnnumberedTableIsRecognisedByItsTitle() {
        let text = "收入决算表 \n\n单位：万元 \n\n项目 本年收入合计 财政拨款收入 \n\n栏次 1 2 \n\n合计 5.00 5.00 \n\n注：说明。 \n"
        let table = ReportParser.parse(text).tables.first
        XCTAssertEqual(table?.kind, .income)
        XCTAssertNil(table?.number)
        XCTAssertEqual(table?.sides.first?.columns, ["本年收入合计", "财政拨款收入"])
    }
}
