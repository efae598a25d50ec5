import CheckerKit
import DuplicateNarrative
import ReportModel
import XCTest

/// The pasted passages found by reading the sample (its narrative, lines 1095–4173), each of
/// which the checker must report as exactly one warning.
final class SamplePassagesTests: XCTestCase {
    /// Later copy's first line → earlier copy's first line, and why it is a paste.
    static let pastedPassages: [(later: Int, earlier: Int, reason: String)] = [
        (1624, 1352, "5G 中心 项目 restates the 部门整体支出 summary's 大厅 figures, with 123788 → 127748 人"),
        (2199, 1735, "the whole 政务服务优化提升 body (2.效率性 to the 发现的问题 formula, items （1）–（14）) pasted under the 2020 project"),
        (3103, 3086, "善美村居 sentence (累计注册用户数 948380 人…) repeated inside one paragraph"),
        (3956, 3592, "管理咨询服务 项目's 经济性/效率性/效果性 pasted as the 第三方服务 项目's, 项目名称 replaced by 该服务"),
        (4015, 3453, "12345 热线 效果性/公平性 text, also pasted into the 2020 省市联建 project"),
    ]

    private var findings: [Finding] = []

    override func setUpWithError() throws {
        findings = try Checking.findings(SampleReport.report)
    }

    func testEveryPastedPassageIsOneWarningAndNothingElseIs() {
        let copies = findings.filter { $0.ruleID == "duplicate-narrative.copied-passage" }
        let found = copies.map { "\($0.locations[0].span!.startLine)←\($0.relatedLocations[0].span!.startLine)" }
        XCTAssertEqual(found.sorted(), Self.pastedPassages.map { "\($0.later)←\($0.earlier)" }.sorted())
        XCTAssertTrue(copies.allSatisfy { $0.level == .warning })
        XCTAssertEqual(findings.filter { $0.level == .warning }.count, Self.pastedPassages.count)
    }

    func testTheProjectBodyIsOneBlockWithItsEdits() throws {
        let block = try XCTUnwrap(findings.first { $0.locations[0].span?.startLine == 2199 })
        XCTAssertEqual(block.locations[0].span?.endLine, 2632)
        XCTAssertEqual(block.relatedLocations[0].span?.startLine, 1735)
        XCTAssertEqual(block.relatedLocations[0].span?.endLine, 2183)
        XCTAssertTrue(block.message.contains("26 paragraphs"), block.message)
        XCTAssertTrue(block.message.contains("«今年以来，» dropped"), block.message)
        XCTAssertTrue(block.message.contains("«①» → «一是»"), block.message)
        XCTAssertTrue(block.message.contains("«在应用推进过程中"), block.message)
    }

    func testChangedFiguresInACopyAreNamed() throws {
        let copy = try XCTUnwrap(findings.first { $0.locations[0].span?.startLine == 1624 })
        XCTAssertTrue(copy.message.contains("«123788» → «127748»"), copy.message)
    }

    func testFormulasAreOneNoteEachListingEveryPlace() throws {
        let notes = findings.filter { $0.ruleID == "duplicate-narrative.repeated-formula" && $0.message.contains("recurs in") }
        let effect = try XCTUnwrap(notes.first { $0.message.contains("3.效果性：汕尾市5G+") })
        XCTAssertEqual(lines(effect), [1612, 1739, 2202])
        let staffing = try XCTUnwrap(notes.first { $0.message.contains("发现的问题及原因主要是因单位编制问题") })
        XCTAssertEqual(lines(staffing), [1702, 2177, 2626, 2734, 2861])
        XCTAssertTrue(notes.allSatisfy { $0.level == .note })
    }

    /// Every place a finding names begins and ends in narrative, never in a table or its header.
    func testNoFindingPointsIntoATable() {
        let report = SampleReport.report
        for finding in findings {
            for span in (finding.locations + finding.relatedLocations).compactMap(\.span) {
                XCTAssertTrue(report.paragraphs.contains { $0.span.startLine <= span.startLine && span.endLine <= $0.span.endLine } || spansParagraphs(span), "\(span) \(finding.message)")
                for line in [span.startLine, span.endLine] {
                    XCTAssertFalse(report.tables.contains { $0.span.startLine <= line && line <= $0.span.endLine }, "\(span) \(finding.message)")
                }
            }
        }
    }

    private func lines(_ finding: Finding) -> [Int] {
        (finding.locations + finding.relatedLocations).compactMap { $0.span?.startLine }
    }

    /// A passage over several paragraphs starts in one and ends in another.
    private func spansParagraphs(_ span: SourceSpan) -> Bool {
        let paragraphs = SampleReport.report.paragraphs
        return paragraphs.contains { $0.span.startLine <= span.startLine && span.startLine <= $0.span.endLine }
            && paragraphs.contains { $0.span.startLine <= span.endLine && span.endLine <= $0.span.endLine }
    }
}
