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

    func testDerivedFilesAreComputedFromTheDecodedTextAndKeptOutsideTheStore() throws {
        let file = try writeFile(try gb18030(sampleReportText), named: "gbk.txt", in: root)
        var seen: String?
        let revision = try workspace.commit(version: "2021", file: file, message: nil, author: nil) { decoded in
            seen = decoded.text
            return [DerivedFile(name: "count.txt", data: Data("\(decoded.text.unicodeScalars.count)".utf8))]
        }.revision
        XCTAssertEqual(seen, sampleReportText)
        XCTAssertEqual(try workspace.derivedFile(named: "count.txt", of: revision), Data("\(sampleReportText.unicodeScalars.count)".utf8))
        let names = try runGit(["ls-tree", "--name-only", revision.commitID], in: workspace.storeDirectory).output
        XCTAssertEqual(names, "meta.json\noriginal\ntext.txt\n", "the revision itself is unchanged")
        let textID = try runGit(["rev-parse", "\(revision.commitID):text.txt"], in: workspace.storeDirectory).output
        let cached = workspace.directory.appendingPathComponent("cache/\(textID.trimmingCharacters(in: .newlines))/count.txt")
        XCTAssertTrue(FileManager.default.fileExists(atPath: cached.path))
    }

    func testTheSameTextSharesItsDerivedFilesAndLosingThemLosesNothing() throws {
        let file = try writeFile(Data(sampleReportText.utf8), named: "2021.txt", in: root)
        let derive: (DecodedText) -> [DerivedFile] = { _ in [DerivedFile(name: "count.txt", data: Data("1".utf8))] }
        let first = try workspace.commit(version: "2021", file: file, message: nil, author: nil, deriving: derive).revision
        let bom = try writeFile(Data([0xEF, 0xBB, 0xBF]) + Data(sampleReportText.utf8), named: "bom.txt", in: root)
        let other = try workspace.commit(version: "2022", file: bom, message: nil, author: nil).revision
        XCTAssertEqual(try workspace.derivedFile(named: "count.txt", of: other), Data("1".utf8))
        try FileManager.default.removeItem(at: workspace.directory.appendingPathComponent("cache"))
        XCTAssertNil(try workspace.derivedFile(named: "count.txt", of: first))
        XCTAssertEqual(try workspace.text(of: first), sampleReportText)
    }

    func testContentIdenticalToTheLatestRevisionDerivesNothing() throws {
        let file = try writeFile(Data(sampleReportText.utf8), named: "2021.txt", in: root)
        var derivations = 0
        let derive: (DecodedText) -> [DerivedFile] = { _ in
            derivations += 1
            return []
        }
        let first = try workspace.commit(version: "2021", file: file, message: nil, author: nil, deriving: derive).revision
        let again = try workspace.commit(version: "2021", file: file, message: nil, author: nil, deriving: derive)
        XCTAssertEqual(again, .unchanged(first))
        XCTAssertEqual(derivations, 1, "only the new revision is derived")
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
