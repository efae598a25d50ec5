import AuditStore
import Foundation
import PDFText
import StoredReports
import TestSupport
import XCTest

/// A PDF revision's words with boxes: the cached words.bin, or the original read again.
final class StoredWordsTests: XCTestCase {
    private var root: URL!
    private var workspace: Workspace!

    override func setUpWithError() throws {
        root = try makeTemporaryDirectory(for: self)
        workspace = try Workspace.initialize(at: root.appendingPathComponent("workspace"))
    }

    private func commit(_ file: URL, deriving: (DecodedText) -> [DerivedFile]) throws -> Revision {
        try workspace.commit(version: "2024", file: file, message: nil, author: nil, deriving: deriving).revision
    }

    func testCachedWordsAndWordsReadAgainFromTheOriginalAgree() throws {
        let pdf = packageRoot.appendingPathComponent("Tests/Fixtures/pdf/text.pdf")
        let cached = try commit(pdf, deriving: WordsFile.derived)
        let fromCache = try XCTUnwrap(try workspace.words(of: cached))
        XCTAssertEqual(fromCache.map(\.word.text).prefix(3), ["上海市普陀区测试局2024年度部门决算", "收入支出决算总表", "项目"])
        try FileManager.default.removeItem(at: root.appendingPathComponent("workspace/cache"))
        XCTAssertEqual(try workspace.words(of: cached), fromCache)
    }

    func testATextRevisionHasNoWords() throws {
        let revision = try commit(sampleReport) { _ in [] }
        XCTAssertNil(try workspace.words(of: revision))
    }
}
