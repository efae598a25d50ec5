import Foundation
import TestSupport
import XCTest

/// The store is an ordinary git repository: a team can fsck, clone and push it with plain git.
final class GitCompatibilityTests: WorkspaceTestCase {
    func testStoreClonesWithReadableHistoryAndPassesFsck() throws {
        try commit("2021", sampleReport, ["-m", "published report"])
        try commit("2021", try writeFile(Data("修订稿\n".utf8), named: "2021-rev.txt", in: root), ["-m", "bureau's correction"])
        try commit("2022", try writeFile(Data("二〇二二\n".utf8), named: "2022.txt", in: root))
        let fsck = try runGit(["fsck", "--strict", "--no-dangling"], in: store)
        XCTAssertEqual(fsck.status, 0, fsck.output)
        XCTAssertEqual(fsck.output, "")

        let clone = root.appendingPathComponent("clone")
        let cloned = try runGit(["clone", "--quiet", store.path, clone.path], in: root)
        XCTAssertEqual(cloned.status, 0, cloned.output)
        let subjects = try runGit(["log", "--format=%s", "origin/2021"], in: clone).output
        XCTAssertEqual(subjects, "2021 revision 2: bureau's correction\n2021 revision 1: published report\n")
        let body = try runGit(["log", "-1", "--format=%b", "origin/2021~1"], in: clone).output
        XCTAssertEqual(body, "Source: 2021.txt\nEncoding: UTF-8\nSize: 138098 bytes\nLines: 4173\n\n")
        XCTAssertEqual(try runGit(["branch", "-r", "--format=%(refname:short)"], in: clone).output, "origin/2021\norigin/2022\norigin/HEAD\n")
        XCTAssertEqual(try Data(contentsOf: clone.appendingPathComponent("text.txt")), "修订稿\n".data(using: .utf8))
    }
}
