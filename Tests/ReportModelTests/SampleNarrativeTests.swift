import XCTest
import ReportModel

final class SampleNarrativeTests: XCTestCase {
    func testNoParagraphHoldsAPageNumberOrATableHeader() {
        let tableLines = SampleReport.report.tables.map { $0.span.startLine...$0.span.endLine }
        let pageNumberLines = Set(SampleReport.lines.indices.map { $0 + 1 }.filter { number in
            let content = SampleReport.lines[number - 1].trimmingCharacters(in: .whitespaces)
            let isNumber = !content.isEmpty && content.count <= 3 && content.allSatisfy(\.isNumber)
            return isNumber && !tableLines.contains { $0.contains(number) }
        })
        XCTAssertEqual(pageNumberLines.count, 2, "page numbers 68 and 75 fall in the narrative (8 and 16 between table pages)")
        for paragraph in SampleReport.report.paragraphs {
            XCTAssertTrue(Set(paragraph.pieces.map(\.line)).isDisjoint(with: pageNumberLines), paragraph.text)
            for header in ["单位：万元", "栏次", "科目编码", "项    目", "决算数 项"] {
                XCTAssertFalse(paragraph.text.contains(header), paragraph.text)
            }
        }
    }

    func testParagraphRunsOnAcrossThePageBreak() throws {
        let paragraph = try XCTUnwrap(SampleReport.report.paragraphs.first { $0.text.contains("127748") })
        XCTAssertTrue(paragraph.text.contains("体验便民惠民简单快捷的政务服务能力"))
        XCTAssertTrue(paragraph.text.contains("启用至今，省内外 48 批兄弟城市先后来我市参观学习"))
        XCTAssertGreaterThan(paragraph.span.endLine - paragraph.span.startLine, 20)
    }

    func testHardWrapsAreJoinedAndSpansKept() throws {
        let paragraph = try XCTUnwrap(SampleReport.report.paragraphs.first { $0.text.hasPrefix("（一）组织起草") })
        XCTAssertEqual(paragraph.text, "（一）组织起草全市政务服务和政务信息化相关政策和地方性法规、规章草案并组织实施。")
        XCTAssertEqual(paragraph.span.startLine, 7)
        XCTAssertEqual(paragraph.span.endLine, 9)
    }

    func testSectionHierarchy() {
        let sections = SampleReport.report.sections
        XCTAssertEqual(sections.filter { $0.level == 1 }.map(\.marker), ["第一部分", "第二部分", "第三部分", "第四部分"])
        let income = sections.first { $0.title == "年度收入总体情况" }
        XCTAssertEqual(income?.marker, "（一）")
        XCTAssertEqual(income.flatMap { $0.parent.map { sections[$0].title } }, "2021年度收入支出决算总体情况说明")
        XCTAssertTrue(sections.contains { $0.level == 5 && $0.title == "服务导办系统（善美店小二）" })
    }

    func testVisitorFigureHasUnitPhraseAndPosition() throws {
        let figure = try XCTUnwrap(SampleReport.report.figures.first { $0.amount.printed == "123788" })
        XCTAssertEqual(figure.unit, "人")
        XCTAssertTrue(figure.phrase.contains("接待群众和企业人数"), figure.phrase)
        XCTAssertEqual(figure.phrase, "大厅自启用以来累计接待群众和企业人数")
        XCTAssertEqual(figure.span.startLine, 1352)
        XCTAssertTrue(SampleReport.lines[figure.span.startLine - 1].contains("123788"))
        XCTAssertEqual(figure.span.endLine, 1354, "the unit 人 is printed two lines below the number")
    }

    func testUnitsConvertToTheirBase() throws {
        let records = try XCTUnwrap(SampleReport.report.figures.first { $0.amount.printed == "3.1722" })
        XCTAssertEqual(records.unit, "亿条")
        XCTAssertEqual(records.base?.unit, "条")
        XCTAssertEqual(records.base?.value, 317_220_000)
        let deals = try XCTUnwrap(SampleReport.report.figures.first { $0.amount.printed == "12.91" })
        XCTAssertEqual(deals.unit, "亿元")
        XCTAssertEqual(deals.base?.unit, "万元")
        XCTAssertEqual(deals.base?.value, 129_100)
    }

    func testTimeQualifiersAndApproximations() throws {
        let visits = try XCTUnwrap(SampleReport.report.figures.first { $0.amount.printed == "14376" })
        XCTAssertEqual(visits.time, "截至2021年11月26日")
        let licences = try XCTUnwrap(SampleReport.report.figures.first { $0.amount.printed == "1490" })
        XCTAssertEqual(licences.unit, "万张")
        XCTAssertTrue(licences.isApproximate)
        let datePieces = SampleReport.report.figures.filter { $0.time == "截至2021年11月26日" && ["2021", "11", "26"].contains($0.amount.printed) }
        XCTAssertTrue(datePieces.isEmpty, "digits of a date are not figures")
    }

    func testCountedThingAfterTheMeasureWordNamesTheFigure() throws {
        let catalogues = try XCTUnwrap(SampleReport.report.figures.first { $0.amount.printed == "82" })
        XCTAssertEqual(catalogues.unit, "种")
        XCTAssertEqual(catalogues.phrase, "证照目录支撑全市")
        let items = try XCTUnwrap(SampleReport.report.figures.first { $0.amount.printed == "3179" })
        XCTAssertTrue(items.phrase.hasPrefix("政务服务事项"), items.phrase)
        let departments = try XCTUnwrap(SampleReport.report.figures.first { $0.amount.printed == "74" })
        XCTAssertNil(departments.unit, "部 in 部门 is not a measure word")
        let price = try XCTUnwrap(SampleReport.report.figures.first { $0.amount.printed == "50" && $0.unit == "万元" })
        XCTAssertEqual(price.phrase, "单价", "money is named before the number")
        XCTAssertTrue(price.isApproximate, "50 万元以上 is a bound")
    }

    func testMoneyFiguresReadThousandsSeparators() throws {
        let total = try XCTUnwrap(SampleReport.report.figures.first { $0.phrase == "汕尾市政务服务数据管理局总收入" })
        XCTAssertEqual(total.amount.value.plainString, "28855.11")
        XCTAssertEqual(total.unit, "万元")
        XCTAssertEqual(total.time, "2021年度")
    }

    func testParsingIsDeterministic() throws {
        let again = ReportParser.parse(SampleReport.text)
        XCTAssertEqual(again, SampleReport.report)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        XCTAssertEqual(try encoder.encode(again), try encoder.encode(SampleReport.report))
        let decoded = try JSONDecoder().decode(Report.self, from: try encoder.encode(again))
        XCTAssertEqual(decoded, again)
    }
}
