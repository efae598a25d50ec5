import CheckerKit
import XCTest

/// Every finding on the real reports, each with why it is true. A new finding, or one lost,
/// fails here: a false alarm costs a reviewer as much as a miss.
final class CorpusPrecisionTests: XCTestCase {
    func testSeedHasOnlyTheDoubledWordNote() throws {
        let findings = try ReportTexts.findings(ReportTexts.seed)
        // Line 2871: "广东省数字政府政务云平台汕尾节点项目项目绩效自评综述": the project's name ends in 项目
        // and the heading adds 项目绩效自评综述; every other project heading reads "…项目绩效自评综述".
        XCTAssertEqual(findings.map(\.level), [.note], findings.map(\.message).description)
        XCTAssertEqual(findings.first?.message.contains("“项目项目” repeats a word"), true)
        XCTAssertEqual(findings.first?.locations.first?.span?.startLine, 2871)
    }

    func testSocialWorkDepartmentFindingsAreItsTrueDefects() throws {
        for (source, text) in try ReportTexts.shanghaiTexts("shehui-gongzuobu-2024") {
            checkSocialWorkDepartment(try ReportTexts.findings(text), source)
        }
    }

    private func checkSocialWorkDepartment(_ findings: [Finding], _ source: String) {
        // The 目录 (pp.2-3) lists 一 to 十一 of the 情况说明, all printed (十一 as "其他重要事项的情况说明", the
        // template's variant); the 概况 and the 本部门 sentences use the full name 中共上海市普陀区委社会工作部.
        let serious = findings.filter { $0.level >= .warning }
        // p.18: "年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%":
        // 307.82 ÷ 321.02 = 0.958881… → 95.89 %, the 全年预算; no percentage completes a budget of 0.
        XCTAssertEqual(serious.count, 1, "\(source): \(serious.map(\.message))")
        XCTAssertEqual(serious.first?.ruleID, "report-structure.completion-base")
        XCTAssertEqual(serious.first?.message.contains("307.82 ÷ 321.02, the 全年预算, so it should read 完成全年预算的 95.89%"), true)
        // pp.15-16: the template's instruction "无…收入支出的，仍保留该表格式，并在本表下方作下述说明：" left
        // above the 说明 of the 政府性基金 and 国有资本经营 tables (rendered pages 15 and 16).
        let notes = findings.filter { $0.level == .note }
        XCTAssertEqual(notes.count, 2, "\(source): \(notes.map(\.message))")
        XCTAssertTrue(notes.allSatisfy { $0.message.contains("仍保留该表格式，并在本表下方作下述说明") })
        XCTAssertEqual(Set(notes.map(\.fingerprint)).count, 2, "two places, two fingerprints")
    }

    func testFinanceBureauHasNoFinding() throws {
        // p.17 (预算绩效管理情况): "本部门制定了普陀区财政局预算绩效管理实施办法，建立了普陀区财政局预算绩效管理
        // 工作机制": the short name is part of the names of the bureau's own rules, not the bureau called
        // by a wrong name, so the name rules stay silent. Its 目录 lists "十一、其他重要事项说明" for the body's
        // "十一、其他重要事项的情况说明", the template's own variant: the same chapter.
        // Its 年初预算 items agree with their 决算数小于/持平 wording (e.g. 1560.05 > 1511.89, 10.00 = 10.00),
        // 2940.05 ÷ 2993.92 = 98.20 %, and the "三公" 0% completes 0.95 万元 with 0.00.
        for (source, text) in try ReportTexts.shanghaiTexts("caizhengju-2024") {
            XCTAssertEqual(try ReportTexts.findings(text).map(\.message), [], source)
        }
    }

    func testBlankTemplateGetsOneNote() throws {
        for (source, text) in try ReportTexts.shanghaiTexts("template-2024") {
            let findings = try ReportTexts.findings(text)
            XCTAssertEqual(findings.count, 1, "\(source): \(findings.map(\.message))")
            XCTAssertEqual(findings.first?.ruleID, "report-structure.blank-template", source)
            XCTAssertEqual(findings.first?.level, .note, source)
        }
    }
}
