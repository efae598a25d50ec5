import AuditStore
import Foundation
import TestSupport
import XCTest

final class ResolveTests: XCTestCase {
    private var workspace: Workspace!
    private var first: Revision!
    private var second: Revision!

    override func setUpWithError() throws {
        let root = try makeTemporaryDirectory(for: self)
        workspace = try Workspace.initialize(at: root.appendingPathComponent("workspace"))
        let one = try writeFile(Data("第一稿\n".utf8), named: "one.txt", in: root)
        let two = try writeFile(Data("第二稿\n".utf8), named: "two.txt", in: root)
        first = try workspace.commit(version: "2021", file: one, message: nil, author: nil).revision
        second = try workspace.commit(version: "2021", file: two, message: nil, author: nil).revision
    }

    func testVersionNamesItsLatestRevision() throws {
        XCTAssertEqual(try workspace.resolve("2021"), second)
    }

    func testAtNumberNamesThatRevision() throws {
        XCTAssertEqual(try workspace.resolve("2021@1"), first)
        XCTAssertEqual(try workspace.resolve("2021@2"), second)
    }

    func testCommitIDPrefixNamesItsRevisionInAnyCase() throws {
        XCTAssertEqual(try workspace.resolve(String(first.commitID.prefix(7))), first)
        XCTAssertEqual(try workspace.resolve(first.commitID.uppercased()), first)
    }

    func testPrefixShorterThanFourDigitsIsNotAnID() throws {
        XCTAssertThrowsError(try workspace.resolve(String(first.commitID.prefix(3)))) { error in
            XCTAssertEqual(error as? AuditStoreError, .unknownRef(String(first.commitID.prefix(3)), known: ["2021"]))
        }
    }

    func testUnknownRefsListTheKnownVersions() throws {
        // "+1", "01", " 1" and "１" (full-width) would all read as 1 through Int() or a lenient parse.
        for ref in ["2019", "2019@1", "2021@x", "2021@0", "", "@", "ffffffff", "2021@+1", "2021@01", "2021@ 1", "2021@１", "2021@-1", "2021@"] {
            XCTAssertThrowsError(try workspace.resolve(ref), ref) { error in
                XCTAssertEqual(error as? AuditStoreError, .unknownRef(ref, known: ["2021"]))
                XCTAssertEqual("\(error)", "unknown ref '\(ref)' (known versions: 2021)")
            }
        }
    }

    func testRevisionNumberPastTheLatestSaysHowManyThereAre() throws {
        XCTAssertThrowsError(try workspace.resolve("2021@3")) { error in
            XCTAssertEqual("\(error)", "unknown ref '2021@3': 2021 has 2 revisions")
        }
    }

    func testUnknownVersionHasNoRevisions() throws {
        XCTAssertThrowsError(try workspace.revisions(of: "2020")) { error in
            XCTAssertEqual(error as? AuditStoreError, .unknownRef("2020", known: ["2021"]))
        }
    }
}
