import CheckerKit
@testable import DuplicateNarrative
import ReportModel
import TestSupport
import XCTest

/// `audit dups` over the four files of the corpus (the seed and the three Shanghai PDFs, the
/// blank template among them). Before template text was recognised it gave four warnings, all
/// paragraphs of the Shanghai 2024 template that 财政局 and 社会工作部 each filled in with their
/// own name and figures (pages read from the renderings: 财政局 p. 23–24, 社会工作部 p. 20–22,
/// template p. 16, 19, 21):
///
/// - 六、一般公共预算财政拨款基本支出决算情况说明: the template prints «基本支出 XXX 万元。其中：
///   人员经费 XXX 万元，主要包括：基本工资、津贴补贴、奖金……其他对个人和家庭的补助（不涉及的不列）»;
///   财政局 fills 2336.91 / 2152.26 / 184.65 万元, 社会工作部 105.58 / 95.36 / 10.23 万元, and both
///   list the standard 经济分类 items where the template's ellipsis stands.
/// - 八、政府性基金… and 九、国有资本经营…: the template's alternative wording «上海市 XX 局 2024
///   年度无政府性基金预算财政拨款收入和支出。» with each department's name in the blank.
/// - （三）国有资产占有使用情况说明: «截至 2024 年 12 月 31 日，XX 部门（单位）共有车辆 XX 辆，其中：
///   部级领导干部用车 XX 辆…», each with its own name (both own no car, so both print 0 辆).
///
/// None is one department pasting from the other: what the two share is the template's wording.
final class TemplateTextTests: XCTestCase {
    private static let filled = ["caizhengju-2024", "shehui-gongzuobu-2024"]
    private static let starts = ["六、一般公共预算财政拨款基本支出决算情况说明", "八、政府性基金预算财政拨款收入支出决算情况说明",
                                 "九、国有资本经营预算财政拨款收入支出决算情况说明", "（三）国有资产占有使用情况说明"]

    private func document(_ stem: String, appending paragraph: String? = nil) throws -> CorpusDocument {
        let text = try ShanghaiReports.text(of: stem) + (paragraph.map { "\n\n\($0)\n" } ?? "")
        return CorpusDocument(name: stem, report: ReportParser.parse(text))
    }

    private func seed() throws -> CorpusDocument {
        CorpusDocument(name: "shanwei-zsj-2021", report: SampleReport.report)
    }

    private func findings(_ documents: [CorpusDocument]) throws -> [Finding] {
        try CorpusSearch(configuration: CheckerConfiguration(defaults: DuplicateNarrative.description.options)).findings(documents)
    }

    /// The finding quoting the paragraph that starts with `start`.
    private func finding(_ start: String, in findings: [Finding]) -> Finding? {
        findings.first { $0.message.hasPrefix("«\(start.prefix(24))") }
    }

    func testTheFourFilledTemplateParagraphsAreWarningsWithoutTheTemplate() throws {
        let found = try findings([seed()] + Self.filled.map { try document($0) })
        for start in Self.starts {
            XCTAssertEqual(finding(start, in: found)?.level, .warning, start)
        }
        // Without the template the glossary entries the two share are warnings too (with it
        // they are in three reports, a formula); the template decides only the four.
        XCTAssertEqual(found.filter { $0.level == .warning }.count, 11)
    }

    func testWithTheBlankTemplateAmongTheInputsTheyAreTemplateNotes() throws {
        let found = try findings([seed()] + ShanghaiReports.stems.map { try document($0) })
        XCTAssertEqual(found.filter { $0.level == .warning }.map(\.message), [])
        for start in Self.starts {
            let note = finding(start, in: found)
            XCTAssertEqual(note?.level, .note, start)
            XCTAssertEqual(note?.ruleID, Rule.repeatedFormula.id, start)
            XCTAssertTrue(note?.message.contains("appears in 2 reports") == true, start)
            XCTAssertTrue(note?.message.contains("the wording of the blank template template-2024 filled in by each") == true, note?.message ?? start)
        }
    }

    /// A paragraph of 财政局's own (its 职责, no template wording) pasted into 社会工作部's report
    /// stays a warning although the template is among the inputs.
    func testARealPasteBetweenTheTwoDepartmentsStaysAWarning() throws {
        let caizhengju = try document("caizhengju-2024")
        let duty = try XCTUnwrap(caizhengju.report.paragraphs.first { Compact.text($0.text).hasPrefix("（二）承担政府各项财政收支管理的责任") })
        let found = try findings([caizhengju, try document("shehui-gongzuobu-2024", appending: duty.text), try document("template-2024")])
        let warnings = found.filter { $0.level == .warning }
        XCTAssertEqual(warnings.count, 1, "\(warnings.map(\.message))")
        XCTAssertTrue(warnings.first?.message.hasPrefix("«（二）承担政府各项财政收支管理的责任") == true, warnings.first?.message ?? "")
        XCTAssertEqual(warnings.first?.ruleID, Rule.sharedAcrossReports.id)
    }

    func testOnlyTheBlankTemplateIsTakenForOne() throws {
        let documents = try [seed()] + ShanghaiReports.stems.map { try document($0) }
        XCTAssertEqual(documents.filter(TemplateText.isBlankTemplate).map(\.name), ["template-2024"])
    }
}
