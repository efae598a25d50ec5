import AuditApp
import AuditStore
import Foundation
import MarkedUpPDF
import TestSupport
import XCTest

/// The use case the browser workbench calls: a finding's page as a PNG with its boxes.
final class RenderFindingPageTests: WorkspaceTestCase {
    func testTheFindingsOwnPageAndItsRelatedPlacesPage() throws {
        let original = ShanghaiReports.pdf("caizhengju-2024")
        try commit("czj-2024", original)
        let store = try Workspace.open(at: workspace)
        let revision = try store.resolve("czj-2024")
        let document = try BuildReviewReport(workspace: store).run("czj-2024").document
        // p. 21 says 年度财政拨款收入支出总计0.3万元; 表4 on p. 13 totals 2,961.68 万元.
        let finding = try XCTUnwrap(document.entries.first { $0.finding.ruleID == "total-reconciliation.restatement" }).finding
        let own = try XCTUnwrap(try RenderFindingPage(workspace: store).run(revision, finding: finding))
        XCTAssertEqual(own.page, 21)
        XCTAssertTrue(try colour(of: "0.3万元", page: 21, in: own.png, original: original).isRed)

        let related = try XCTUnwrap(try RenderFindingPage(workspace: store).run(revision, finding: finding, page: 13))
        XCTAssertEqual(related.page, 13)
        XCTAssertTrue(try colour(of: "2,961.68", page: 13, in: related.png, original: original).isRed)
    }

    /// A picture cached by another version of the page renderer, or under the name pages had
    /// before the version was part of it, is never served: the page is drawn again and cached
    /// under this version's name.
    func testACachedPageIsReadOnlyByTheRendererThatDrewIt() throws {
        try commit("czj-2024", ShanghaiReports.pdf("caizhengju-2024"))
        let store = try Workspace.open(at: workspace)
        let revision = try store.resolve("czj-2024")
        let document = try BuildReviewReport(workspace: store).run("czj-2024").document
        let finding = try XCTUnwrap(document.entries.first { $0.finding.ruleID == "total-reconciliation.restatement" }).finding
        let stale = Data("a picture an older renderer drew".utf8)
        let unversioned = "page-own-\(finding.fingerprint.prefix(32)).png"
        let previous = CachedFindingPage.name(page: nil, finding: finding, rendererVersion: PagePNG.version - 1)
        for name in [unversioned, previous] { try store.storeDerivedFile(DerivedFile(name: name, data: stale), of: revision) }

        let drawn = try XCTUnwrap(try CachedFindingPage(workspace: store).run(revision, finding: finding))
        XCTAssertEqual(Array(drawn.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "not a PNG")
        let current = CachedFindingPage.name(page: nil, finding: finding)
        XCTAssertTrue(current.hasSuffix("-v\(PagePNG.version).png"), current)
        XCTAssertEqual(try store.derivedFile(named: current, of: revision), drawn)
        XCTAssertEqual(try store.derivedFile(named: previous, of: revision), stale)
    }

    func testATextRevisionHasNoPage() throws {
        try commit("2021", sampleReport)
        let store = try Workspace.open(at: workspace)
        let finding = try XCTUnwrap(try BuildReviewReport(workspace: store).run("2021").document.entries.first).finding
        XCTAssertNil(try RenderFindingPage(workspace: store).run(try store.resolve("2021"), finding: finding))
    }

    /// At the default scale, 2 pixels a point.
    private func colour(of text: String, page: Int, in png: Data, original: URL) throws -> RegionColour {
        let file = root.appendingPathComponent("page-\(page).png")
        try png.write(to: file)
        let rect = try PrintedText.rect(of: text, page: page, in: original)
        return try RegionColour.mean(of: file, x0: rect.x0 * 2, y0: rect.y0 * 2, x1: rect.x1 * 2, y1: rect.y1 * 2)
    }
}
