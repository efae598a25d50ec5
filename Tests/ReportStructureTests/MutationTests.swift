import CheckerKit
import XCTest

/// One defect put into a real report gives exactly one new finding, naming the place and what
/// it should be.
final class MutationTests: XCTestCase {
    private func single(_ original: String, _ mutated: String, file: StaticString = #filePath, line: UInt = #line) throws -> Finding? {
        let added = try ReportTexts.added(original, mutated)
        XCTAssertEqual(added.count, 1, added.map(\.message).description, file: file, line: line)
        return added.first
    }

    // MARK: the seed (广东省 2021 format)

    func testSeedWithout表8() throws {
        let seed = ReportTexts.seed
        let finding = try single(seed, ReportTexts.deleting(from: "表 8", through: "注：本表本年度无发生额", in: seed))
        XCTAssertEqual(finding?.ruleID, "report-structure.missing-table")
        XCTAssertEqual(finding?.level, .error)
        XCTAssertEqual(finding?.message.hasPrefix("政府性基金预算财政拨款收入支出决算表 is not printed"), true, finding?.message ?? "")
        XCTAssertEqual(finding?.locations.first?.span?.startLine, 73, "the 第二部分 … 部门决算表 heading")
    }

    func testSeedHeadingWithLastYear() throws {
        let seed = ReportTexts.seed
        let finding = try single(seed, ReportTexts.replacing("一、2021 年度收入支出决算总体情况说明", with: "一、2020 年度收入支出决算总体情况说明", in: seed))
        XCTAssertEqual(finding?.ruleID, "report-structure.wrong-year")
        XCTAssertEqual(finding?.level, .error)
        XCTAssertEqual(finding?.message.contains("names 2020; the report is the 2021 report, so it should say 2021"), true, finding?.message ?? "")
        XCTAssertEqual(finding?.locations.first?.span?.startLine, 1099)
    }

    func testSeedHeadingWithPlaceholder() throws {
        let seed = ReportTexts.seed
        let finding = try single(seed, ReportTexts.replacing("三、部门决算单位构成", with: "三、XX局部门决算单位构成", in: seed))
        XCTAssertEqual(finding?.ruleID, "report-structure.placeholder")
        XCTAssertEqual(finding?.level, .error)
        XCTAssertEqual(finding?.message.hasPrefix("“XX局” is a template placeholder (a name is missing)"), true, finding?.message ?? "")
        XCTAssertEqual(finding?.locations.first?.span?.startLine, 64)
    }

    func testSeed表7EmptiedWhileItsChapterKeepsAmounts() throws {
        let seed = ReportTexts.seed
        let zeros = Array(repeating: "0.00", count: 12).joined(separator: " ")
        let finding = try single(seed, ReportTexts.replacing("11.00 0.00 9.00 0.00 9.00 2.00 6.93 0.00 5.80 0.00 5.80 1.13", with: zeros, in: seed))
        XCTAssertEqual(finding?.ruleID, "report-structure.empty-table-with-amounts")
        XCTAssertEqual(finding?.level, .error)
        // The chapter’s first amount: "“三公”经费财政拨款支出决算为 6.93 万元" (6.93 on line 1197).
        XCTAssertEqual(finding?.message.hasPrefix("一般公共预算财政拨款“三公”经费支出决算表 prints no amounts, but its chapter 一般公共预算财政拨款“三公”经费支出决算情况说明 states 6.93 万元"), true, finding?.message ?? "")
        XCTAssertEqual(finding?.locations.first?.span?.startLine, 1197)
        XCTAssertEqual(finding?.relatedLocations.first?.span?.startLine, 1004)
    }

    func testSeedSmallerFinalCalledGreater() throws {
        let seed = ReportTexts.seed
        let finding = try single(seed, ReportTexts.replacing("经费支出决算小于 预算数", with: "经费支出决算大于 预算数", in: seed))
        XCTAssertEqual(finding?.ruleID, "report-structure.budget-comparison")
        XCTAssertEqual(finding?.level, .error)
        // 6.93 < 11.00, stated in the paragraph before (line 1195).
        XCTAssertEqual(finding?.message.contains("预算 11.00 万元 and 决算 6.93 万元: the 决算数 is 小于 the 预算数"), true, finding?.message ?? "")
        XCTAssertEqual(finding?.locations.first?.span?.startLine, 1211)
    }

    // MARK: Shanghai (上海市 2024 format)

    func testShanghaiWithoutGovernmentFundTable() throws {
        let report = try ReportTexts.shanghai("shehui-gongzuobu-2024")
        let mutated = ReportTexts.deleting(from: "政府性基金预算财政拨款收入支出决算表", through: "没有政府性基金预算财政拨款收入和支出，故本表无数据", in: report)
        let finding = try single(report, mutated)
        XCTAssertEqual(finding?.ruleID, "report-structure.missing-table")
        XCTAssertEqual(finding?.message.hasPrefix("政府性基金预算财政拨款收入支出决算表 is not printed though the 目录 lists it"), true, finding?.message ?? "")
        XCTAssertEqual(finding?.locations.first?.logical, "八、政府性基金预算财政拨款收入支出决算表")
    }

    func testShanghaiPartHeadingWithLastYear() throws {
        let report = try ReportTexts.shanghai("shehui-gongzuobu-2024")
        let mutated = ReportTexts.replacingLast("工作部 2024 年度部门决算情况", with: "工作部 2023 年度部门决算情况", in: report)
        let finding = try single(report, mutated)
        XCTAssertEqual(finding?.ruleID, "report-structure.wrong-year")
        XCTAssertEqual(finding?.message.contains("names 2023; the report is the 2024 report, so it should say 2024"), true, finding?.message ?? "")
    }

    func testShanghaiHeadingWithPlaceholder() throws {
        let report = try ReportTexts.shanghai("shehui-gongzuobu-2024")
        let finding = try single(report, ReportTexts.replacingLast("二、部门决算单位构成", with: "二、XX局部门决算单位构成", in: report))
        XCTAssertEqual(finding?.ruleID, "report-structure.placeholder")
        XCTAssertEqual(finding?.level, .error)
        XCTAssertEqual(finding?.message.hasPrefix("“XX局” is a template placeholder (a name is missing)"), true, finding?.message ?? "")
    }

    func testShanghaiThreePublicTableEmptiedWhileItsChapterKeepsAmounts() throws {
        let report = try ReportTexts.shanghai("caizhengju-2024")
        let row = report.components(separatedBy: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("0.95") && $0.hasSuffix("0.95") }
        let finding = try single(report, ReportTexts.replacing(try XCTUnwrap(row), with: "", in: report))
        XCTAssertEqual(finding?.ruleID, "report-structure.empty-table-with-amounts")
        // Chapter 七: "“三公”经费财政拨款支出年初预算为0.95万元".
        XCTAssertEqual(finding?.message.hasPrefix("财政拨款“三公”经费支出决算表 prints no amounts, but its chapter 财政拨款“三公”经费支出决算情况说明 states 0.95 万元"), true, finding?.message ?? "")
    }

    func testShanghaiSmallerFinalCalledGreater() throws {
        let report = try ReportTexts.shanghai("shehui-gongzuobu-2024")
        let finding = try single(report, ReportTexts.replacing("98.69%。决算数小于全", with: "98.69%。决算数大于全", in: report))
        XCTAssertEqual(finding?.ruleID, "report-structure.budget-comparison")
        // Item 1 (行政运行): 全年预算 52.00, 支出决算 51.32.
        XCTAssertEqual(finding?.message.contains("全年预算 52.00 万元 and 决算 51.32 万元: the 决算数 is 小于 the 预算数"), true, finding?.message ?? "")
    }

    func testShanghaiNoteWithShortenedName() throws {
        let report = try ReportTexts.shanghai("shehui-gongzuobu-2024")
        let mutated = ReportTexts.replacing("说明：中共上海市普陀区委社会工作部本年度没有财政拨款", with: "说明：社会工作部本年度没有财政拨款", in: report)
        let finding = try single(report, mutated)
        XCTAssertEqual(finding?.ruleID, "report-structure.wrong-department")
        XCTAssertEqual(finding?.level, .warning)
        XCTAssertEqual(finding?.message, "the 说明 of 财政拨款“三公”经费支出决算表 calls the department 社会工作部, a shortened form of 中共上海市普陀区委社会工作部")
    }

    func testSeedWithoutItsOtherMattersChapter() throws {
        let seed = ReportTexts.seed
        let finding = try single(seed, ReportTexts.replacing("四、其他重要事项的情况说明 \n", with: "\n", in: seed))
        XCTAssertEqual(finding?.ruleID, "report-structure.missing-section")
        XCTAssertEqual(finding?.message, "the 情况说明 has no chapter 其他重要事项…; the 广东省 2021 部门决算 (表1–表9, 情况说明 一 to 四) format requires one")
        XCTAssertEqual(finding?.locations.first?.span?.startLine, 1095, "the 第三部分 heading")
    }

    func testShanghaiWithoutItsPerformanceChapter() throws {
        // The 目录 still lists 十、预算绩效管理情况: the body, not the 目录, must hold the chapter.
        let report = try ReportTexts.shanghai("shehui-gongzuobu-2024")
        let finding = try single(report, ReportTexts.deletingLastLine(reading: "十、预算绩效管理情况", in: report))
        XCTAssertEqual(finding?.ruleID, "report-structure.missing-section")
        XCTAssertEqual(finding?.message.hasPrefix("the 情况说明 has no chapter 预算绩效管理情况… though the 目录 lists it"), true, finding?.message ?? "")
    }

    func testShanghaiChapterHeadingWithLastYear() throws {
        // The layout text's chapter headings open their paragraphs ("一、收入支出决算总体情况说明中共…").
        let report = try ReportTexts.shanghai("shehui-gongzuobu-2024")
        let finding = try single(report, ReportTexts.replacingLast("一、收入支出决算总体情况说明", with: "一、2023 年度收入支出决算总体情况说明", in: report))
        XCTAssertEqual(finding?.ruleID, "report-structure.wrong-year")
        XCTAssertEqual(finding?.level, .error)
        XCTAssertEqual(finding?.message.hasPrefix("the heading of chapter 收入支出决算总体情况说明"), true, finding?.message ?? "")
        XCTAssertEqual(finding?.message.hasSuffix("names 2023; the report is the 2024 report, so it should say 2024"), true, finding?.message ?? "")
    }

    // MARK: another department in a heading or a table title

    func testSeedChapterHeadingNamingAnotherDepartment() throws {
        let seed = ReportTexts.seed
        let finding = try single(seed, ReportTexts.replacing("一、2021 年度收入支出决算总体情况说明", with: "一、汕尾市民政局 2021 年度收入支出决算总体情况说明", in: seed))
        XCTAssertEqual(finding?.ruleID, "report-structure.wrong-department")
        XCTAssertEqual(finding?.level, .error)
        XCTAssertEqual(finding?.message, "the heading 一、汕尾市民政局2021年度收入支出决算总体情况说明 names 汕尾市民政局; the report is that of 汕尾市政务服务数据管理局")
        XCTAssertEqual(finding?.locations.first?.span?.startLine, 1099)
    }

    func testSeedHeadingNamingItsOwnUnitIsSilent() throws {
        // Lines 64-72: the 单位构成 lists 汕尾市大数据管理中心 (broken over lines 70 and 72) among the units the report covers.
        let seed = ReportTexts.seed
        let mutated = ReportTexts.replacing("（一）年度收入总体情况", with: "（一）汕尾市大数据管理中心 2021 年度收入总体情况", in: seed)
        XCTAssertEqual(try ReportTexts.added(seed, mutated).map(\.message), [])
        let other = ReportTexts.replacing("（一）年度收入总体情况", with: "（一）汕尾市大数据发展中心 2021 年度收入总体情况", in: seed)
        XCTAssertEqual(try ReportTexts.added(seed, other).map(\.message), ["the heading （一）汕尾市大数据发展中心2021年度收入总体情况 names 汕尾市大数据发展中心; the report is that of 汕尾市政务服务数据管理局"], "a unit it does not list")
    }

    func testShanghaiTableTitleNamingAnotherDepartment() throws {
        let report = try ReportTexts.shanghai("caizhengju-2024")
        let finding = try single(report, ReportTexts.replacingLast("收入决算表", with: "上海市普陀区民政局2024年度收入决算表", in: report))
        XCTAssertEqual(finding?.ruleID, "report-structure.wrong-department")
        XCTAssertEqual(finding?.level, .error)
        XCTAssertEqual(finding?.message, "the table title 上海市普陀区民政局2024年度收入决算表 names 上海市普陀区民政局; the report is that of 上海市普陀区财政局")
        XCTAssertEqual(finding?.locations.first?.logical, "上海市普陀区民政局2024年度收入决算表")
    }

    func testShanghaiTableTitleNamingItsOwnUnitIsSilent() throws {
        // p.5: the 单位构成 lists 3 上海市普陀区国库收付中心 "预算不单列，并入本级".
        let report = try ReportTexts.shanghai("caizhengju-2024")
        let mutated = ReportTexts.replacingLast("收入决算表", with: "上海市普陀区国库收付中心2024年度收入决算表", in: report)
        XCTAssertEqual(try ReportTexts.added(report, mutated).map(\.message), [])
    }

    func testShanghaiChapterHeadingNamingAnotherDepartment() throws {
        // The layout text's chapter heading opens its paragraph: the name is read before the year.
        let report = try ReportTexts.shanghai("caizhengju-2024")
        let finding = try single(report, ReportTexts.replacingLast("一、收入支出决算总体情况说明", with: "一、上海市普陀区民政局2024年度收入支出决算总体情况说明", in: report))
        XCTAssertEqual(finding?.ruleID, "report-structure.wrong-department")
        XCTAssertEqual(finding?.level, .error)
        XCTAssertEqual(finding?.message, "the heading of chapter 上海市普陀区民政局2024年度收入支出决… names 上海市普陀区民政局; the report is that of 上海市普陀区财政局")
    }

    // MARK: the department's name where the report speaks of itself, and the 目录's chapters

    func testShanghaiOverviewWithShortenedName() throws {
        let report = try ReportTexts.shanghai("shehui-gongzuobu-2024")
        let finding = try single(report, ReportTexts.replacing("中共上海市普陀区委社会工作部负责贯彻", with: "社会工作部负责贯彻", in: report))
        XCTAssertEqual(finding?.ruleID, "report-structure.wrong-department")
        XCTAssertEqual(finding?.level, .warning)
        XCTAssertEqual(finding?.message.hasSuffix("calls the department 社会工作部, a shortened form of its name 中共上海市普陀区委社会工作部"), true, finding?.message ?? "")
    }

    func testSeedOverviewWithAnotherEnding() throws {
        let seed = ReportTexts.seed
        let finding = try single(seed, ReportTexts.replacing("汕尾市政务服务数据管理局的主要职责是", with: "汕尾市政务服务数据局的主要职责是", in: seed))
        XCTAssertEqual(finding?.ruleID, "report-structure.wrong-department")
        XCTAssertEqual(finding?.level, .warning)
        XCTAssertEqual(finding?.message.hasSuffix("calls the department 汕尾市政务服务数据局; its name is 汕尾市政务服务数据管理局"), true, finding?.message ?? "")
        XCTAssertEqual(finding?.locations.first?.span?.startLine, 5)
    }

    func testShanghaiContentsListingAChapterTheBodyLacks() throws {
        let report = try ReportTexts.shanghai("shehui-gongzuobu-2024")
        let mutated = ReportTexts.replacing("十一、其他重要事项说明", with: "十一、其他重要事项说明\n          十二、部门整体支出绩效评价情况", in: report)
        let finding = try single(report, mutated)
        XCTAssertEqual(finding?.ruleID, "report-structure.contents-mismatch")
        XCTAssertEqual(finding?.message, "the 目录 lists the chapter 十二、部门整体支出绩效评价情况, which the 情况说明 does not print")
    }

    func testShanghaiChapterMissingFromTheContents() throws {
        let report = try ReportTexts.shanghai("shehui-gongzuobu-2024")
        let entry = try XCTUnwrap(report.range(of: "十、预算绩效管理情况"), "the 目录's entry comes first")
        let finding = try single(report, report.replacingCharacters(in: entry, with: ""))
        XCTAssertEqual(finding?.ruleID, "report-structure.contents-mismatch")
        XCTAssertEqual(finding?.level, .warning)
        XCTAssertEqual(finding?.message, "the chapter 预算绩效管理情况 is printed but the 目录 does not list it")
    }
}
