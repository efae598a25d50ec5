import AuditStore
import Foundation
import TestSupport
import XCTest

final class DerivedFileTests: XCTestCase {
    private var root: URL!
    private var workspace: Workspace!

    override func setUpWithError() throws {
        root = try makeTemporaryDirectory(for: self)
        workspace = try Workspace.initialize(at: root.appendingPathComponent("workspace"))
    }

    func testDerivedFilesAreComputedFromTheDecodedTextAndStoredBesideIt() throws {
        let file = try writeFile(try gb18030(sampleReportText), named: "gbk.txt", in: root)
        var seen: String?
        let revision = try workspace.commit(version: "2021", file: file, message: nil, author: nil) { text in
            seen = text
            return [DerivedFile(name: "count.txt", data: Data("\(text.unicodeScalars.count)".utf8))]
        }.revision
        XCTAssertEqual(seen, sampleReportText)
        XCTAssertEqual(try workspace.derivedFile(named: "count.txt", of: revision), Data("\(sampleReportText.unicodeScalars.count)".utf8))
        let names = try runGit(["ls-tree", "--name-only", revision.commitID], in: workspace.storeDirectory).output
        XCTAssertEqual(names, "count.txt\nmeta.json\noriginal\ntext.txt\n")
        XCTAssertEqual(try runGit(["fsck", "--strict"], in: workspace.storeDirectory).status, 0)
    }

    func testARevisionWithoutTheFileHasNone() throws {
        let file = try writeFile(Data(sampleReportText.utf8), named: "2021.txt", in: root)
        let revision = try workspace.commit(version: "2021", file: file, message: nil, author: nil).revision
        XCTAssertNil(try workspace.derivedFile(named: "count.txt", of: revision))
    }

    func testNothingIsDerivedOrWrittenForBadInput() throws {
        let before = try snapshot(of: workspace.directory)
        var derived = false
        let empty = try writeFile(Data(), named: "empty.txt", in: root)
        XCTAssertThrowsError(try workspace.commit(version: "2021", file: empty, message: nil, author: nil) { _ in
            derived = true
            return []
        })
        XCTAssertFalse(derived)
        XCTAssertEqual(try snapshot(of: workspace.directory), before)
    }
}
