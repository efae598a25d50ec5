import ReportDiff
import ReportModel
import XCTest

final class NarrativeDiffTests: XCTestCase {
    private let ninth = "（九）负责公共资源交易管理相关工作。 \n\n"
    private let second = "（二）统筹推进“数字政府”改革建设，拟订建设规划和年\n"

    func testIdenticalVersionsHaveNoChanges() {
        let changes = SampleVariants.changes(from: SampleVariants.text2021, to: SampleVariants.text2021)
        XCTAssertEqual(changes.summary.line, "no changes")
        XCTAssertEqual(changes.paragraphs, [])
        XCTAssertEqual(changes.figures, [])
        XCTAssertEqual(changes.tables, TableChanges())
    }

    func testAgainstAnEmptyReportEverythingIsAdded() {
        let report = SampleVariants.report2021
        let changes = ReportChanges(oldText: "", newText: SampleVariants.text2021)
        XCTAssertEqual(changes.summary.paragraphsAdded, report.paragraphs.count + report.sections.count)
        XCTAssertEqual(changes.tables.parts.filter { $0.kind == .added }.count, report.tables.count)
        XCTAssertEqual(changes.paragraphs.filter { $0.kind != .added }, [])
        XCTAssertEqual(changes.tables.cells, [])
    }

    func testChangedNumberReadsAsOneTokenWithItsUnit() throws {
        let old = SampleVariants.replacing("累计接待群众和企业人数 123788", with: "累计接待群众和企业人数 127748")
        let changes = SampleVariants.changes(from: old, to: SampleVariants.text2021)
        XCTAssertEqual(changes.paragraphs.map(\.kind), [.edited])
        let edits = try XCTUnwrap(changes.paragraphs.first?.edits.filter(\.isChange))
        XCTAssertEqual(edits, [InlineEdit(kind: .number, old: "127748", new: "123788", unit: "人")])
        XCTAssertEqual(changes.figures.map { [$0.old.printed, $0.new.printed, $0.unit ?? ""] }, [["127748", "123788", "人"]])
        XCTAssertEqual(changes.figures.first?.phrase, "大厅自启用以来累计接待群众和企业人数")
        let text = TextRenderer(colour: false).render(DiffDocument(old: "a", new: "b", changes: changes))
        XCTAssertTrue(text.contains("累计接待群众和企业人数 127748 → 123788 人，日均人流量"), text)
    }

    func testReformattedNumbersInNarrativeAreNoChange() {
        var old = SampleVariants.replacing("2021 年度总收入 28,855.11 万", with: "2021 年度总收入 ２８８５５．１１０ 万")
        old = SampleVariants.replacing("政府采购支出总额 6458.59 万元", with: "政府采购支出总额 6,458.59万元", in: old)
        let changes = SampleVariants.changes(from: old, to: SampleVariants.text2021)
        XCTAssertEqual(changes.paragraphs, [])
        XCTAssertEqual(changes.figures, [])
    }

    func testMovedParagraphIsOneMove() throws {
        let moved = SampleVariants.replacing(second, with: ninth + second, in: SampleVariants.replacing(ninth, with: ""))
        let changes = SampleVariants.changes(from: SampleVariants.text2021, to: moved)
        XCTAssertEqual(changes.paragraphs.count, 1)
        let change = try XCTUnwrap(changes.paragraphs.first)
        XCTAssertEqual(change.kind, .moved)
        XCTAssertEqual(change.edits, [])
        XCTAssertEqual(change.new?.text.hasPrefix("（九）负责公共资源交易管理"), true)
        XCTAssertEqual(changes.summary.paragraphsMoved, 1)
        XCTAssertEqual(changes.summary.paragraphsChanged + changes.summary.paragraphsAdded + changes.summary.paragraphsRemoved, 0)
    }

    func testMovedAndEditedParagraphIsAMoveWithItsEdits() throws {
        let edited = "（九）负责全市公共资源交易管理相关工作。 \n\n"
        let moved = SampleVariants.replacing(second, with: edited + second, in: SampleVariants.replacing(ninth, with: ""))
        let changes = SampleVariants.changes(from: SampleVariants.text2021, to: moved)
        XCTAssertEqual(changes.paragraphs.map(\.kind), [.moved])
        let change = try XCTUnwrap(changes.paragraphs.first)
        XCTAssertEqual(change.edits.filter(\.isChange), [InlineEdit(kind: .inserted, new: "全市")])
        XCTAssertEqual(change.edits.filter { !$0.isChange }.compactMap(\.old), ["（九）负责", "公共资源交易管理相关工作。"])
        XCTAssertEqual(change.old?.line, 45)
        XCTAssertEqual(change.new?.line, 11)
    }

    func testRenamedHeadingIsAnEditedHeading() throws {
        let old = SampleVariants.replacing("（二）政府采购支出情况说明", with: "（二）政府采购情况说明")
        let changes = SampleVariants.changes(from: old, to: SampleVariants.text2021)
        XCTAssertEqual(changes.paragraphs.map(\.kind), [.edited])
        let change = try XCTUnwrap(changes.paragraphs.first)
        XCTAssertEqual(change.new?.isHeading, true)
        XCTAssertEqual(change.new?.text, "（二）政府采购支出情况说明")
        XCTAssertEqual(change.new?.section, "四、其他重要事项的情况说明")
        XCTAssertEqual(change.edits.filter(\.isChange), [InlineEdit(kind: .inserted, new: "支出")])
    }

    /// Character by character, "严格" → "从严" is 从 inserted and 格 deleted around a shared 严; the
    /// cleanup makes it one replacement, and widens a mostly rewritten clause to the whole clause.
    func testRewrittenTextIsWholeReplacementsNotScatteredCharacters() throws {
        let old = SampleVariants.replacing("从严控制\n\n“三公”经费开支，全年实际支出比预算有所节约。",
                                           with: "严格控制\n\n“三公”经费支出，全年支出低于年初预算。")
        let changes = SampleVariants.changes(from: old, to: SampleVariants.text2021)
        let edits = try XCTUnwrap(changes.paragraphs.first?.edits.filter(\.isChange))
        XCTAssertEqual(edits, [
            InlineEdit(kind: .replaced, old: "严格", new: "从严"),
            InlineEdit(kind: .replaced, old: "支出", new: "开支"),
            InlineEdit(kind: .replaced, old: "全年支出低于年初预算", new: "全年实际支出比预算有所节约"),
        ])
    }
}
