import ReportDiff
import ReportModel
import XCTest

/// The sample pastes some project evaluations twice. An edit to one copy must be matched to that
/// copy, not to its twin, and the untouched twin must not be reported at all.
final class RepeatedBlockTests: XCTestCase {
    private let copy = "（5）一件事梳理工作。已完成 30 个“一件事”梳理工作。 \n"

    func testEditingTheSecondCopyReportsOnlyTheSecondCopy() throws {
        XCTAssertEqual(SampleVariants.text2021.components(separatedBy: copy).count, 3, "the sample has two copies")
        let range = try XCTUnwrap(SampleVariants.text2021.range(of: copy, options: .backwards))
        let edited = SampleVariants.text2021.replacingCharacters(in: range, with: "（5）一件事梳理工作。已完成 32 个“一件事”梳理工作。 \n")
        let changes = SampleVariants.changes(from: SampleVariants.text2021, to: edited)
        XCTAssertEqual(changes.paragraphs.map(\.kind), [.edited])
        XCTAssertEqual(changes.paragraphs.first?.old?.line, 2259)
        XCTAssertEqual(changes.paragraphs.first?.new?.line, 2259)
        XCTAssertEqual(changes.paragraphs.first?.edits.filter(\.isChange), [InlineEdit(kind: .number, old: "30", new: "32", unit: "个")])
    }

    func testRemovingTheFirstCopyRemovesTheFirstCopy() throws {
        let range = try XCTUnwrap(SampleVariants.text2021.range(of: copy + "\n"))
        let edited = SampleVariants.text2021.replacingCharacters(in: range, with: "")
        let changes = SampleVariants.changes(from: SampleVariants.text2021, to: edited)
        XCTAssertEqual(changes.paragraphs.map(\.kind), [.removed])
        XCTAssertEqual(changes.paragraphs.first?.old?.line, 1796)
    }
}
