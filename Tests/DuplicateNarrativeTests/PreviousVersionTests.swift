import CheckerKit
import ReportModel
import XCTest

final class PreviousVersionTests: XCTestCase {
    private static let thrift = "我部门认真贯彻落实中央八项规定精神和厉行节约的要求，从严控制三公经费开支，全年实际支出比预算有所节约。"

    /// 表5 with one coded row, and a narrative that states its total.
    private static func report(total: String, part: String, stated: String) -> Report {
        let text = """
            表 5

            一般公共预算财政拨款支出决算表

             部门 ：示例单位  单位：万元

            项    目

            本年支出合计 基本支出 项目支出 功能分类

            科目编码
            科目名称

            栏次 1 2 3

             合计 \(total) \(total) 0.00

            210 卫生健康支出 \(total) \(total) 0.00

            21011 行政事业单位医疗 \(total) \(total) 0.00

            2101101 行政单位医疗 \(part) \(part) 0.00

            2101102 事业单位医疗 11.28 11.28 0.00

             第三部分：示例单位 2021 年部门决算情况说明 

            一、2021 年度收入支出决算总体情况说明 

            1.一般公共预算财政拨款支出 \(stated) 万元，主要用于行政单位医疗和事业单位医疗，保障机构正常运转。 

            \(thrift) 

            """
        return ReportParser.parse(text)
    }

    private let lastYear = report(total: "22.93", part: "11.65", stated: "22.93")

    func testAParagraphThatKeptLastYearsFiguresWhileTheTablesChangedIsAWarning() throws {
        let findings = try Checking.findings(Self.report(total: "25.93", part: "14.65", stated: "22.93"), previous: lastYear)
        let stale = findings.filter { $0.ruleID == "duplicate-narrative.stale-figures" }
        XCTAssertEqual(stale.count, 1, "\(findings.map(\.message))")
        XCTAssertEqual(stale.first?.level, .warning)
        XCTAssertTrue(stale.first?.message.contains("still prints 22.93万元") == true, stale.first?.message ?? "")
    }

    func testAParagraphCarriedOverUnchangedIsANote() throws {
        let findings = try Checking.findings(Self.report(total: "25.93", part: "14.65", stated: "25.93"), previous: lastYear)
        XCTAssertEqual(findings.map(\.ruleID), ["duplicate-narrative.unchanged-since-previous"], "\(findings.map(\.message))")
        XCTAssertEqual(findings.first?.level, .note)
        XCTAssertTrue(findings.first?.message.contains("1 paragraph") == true)
    }

    func testFiguresStillInThisYearsTablesAreNotStale() throws {
        let findings = try Checking.findings(Self.report(total: "22.93", part: "11.65", stated: "22.93"), previous: lastYear)
        XCTAssertFalse(findings.contains { $0.ruleID == "duplicate-narrative.stale-figures" }, "\(findings.map(\.message))")
        XCTAssertTrue(findings.contains { $0.message.contains("2 paragraphs") }, "\(findings.map(\.message))")
    }

    /// The sample's 2021 against its 2020 has two unchanged passages under one heading with the
    /// same opening words (lines 2058–2197 and 2507–2515, both «通过为期3个月的试点运行和为期3…»), and
    /// two more under 4.公平性 (2199–2261 and 3964–3966). They shared a fingerprint, so one triage
    /// decision hid both; no two findings of a run may share one.
    func testDifferentPassagesWithTheSameOpeningHaveDifferentFingerprints() throws {
        let lastYearText = try String(contentsOf: SampleReport.url.deletingLastPathComponent().appendingPathComponent("2020.txt"), encoding: .utf8)
        let findings = try Checking.findings(SampleReport.report, previous: ReportParser.parse(lastYearText))
        let unchanged = findings.filter { $0.ruleID == "duplicate-narrative.unchanged-since-previous" }
        let pilot = unchanged.filter { $0.locations[0].logical.hasSuffix("«通过为期3个月的试点运行和为期3…»") }
        XCTAssertEqual(pilot.map { $0.locations[0].span?.startLine }, [2058, 2507])
        XCTAssertEqual(Set(pilot.map(\.locations[0].logical)).count, 1, "the same logical place")
        XCTAssertEqual(Set(pilot.map(\.fingerprint)).count, 2)
        let shared = Dictionary(grouping: findings, by: \.fingerprint).filter { $0.value.count > 1 }
        XCTAssertEqual(shared.values.map { $0.map(\.message) }, [])
    }

    func testWithoutAPreviousVersionNothingIsCompared() throws {
        let findings = try Checking.findings(Self.report(total: "25.93", part: "14.65", stated: "22.93"))
        XCTAssertEqual(findings.map(\.message), [])
    }
}
