import AuditStore
import Foundation
import TestSupport
import XCTest

final class CommitTests: XCTestCase {
    private var root: URL!
    private var workspace: Workspace!

    override func setUpWithError() throws {
        root = try makeTemporaryDirectory(for: self)
        workspace = try Workspace.initialize(at: root.appendingPathComponent("workspace"))
    }

    func testFirstCommitCreatesRevisionOneWithItsFacts() throws {
        let file = try writeFile(Data(sampleReportText.utf8), named: "2021.txt", in: root)
        let outcome = try workspace.commit(version: "2021", file: file, message: "first draft", author: "李审计 <li@example.org>")
        guard case .created(let revision) = outcome else { return XCTFail("expected a new revision, got \(outcome)") }
        XCTAssertEqual(revision.version, "2021")
        XCTAssertEqual(revision.number, 1)
        XCTAssertEqual(revision.commitID.count, 40)
        XCTAssertEqual(revision.author, "李审计")
        XCTAssertEqual(revision.email, "li@example.org")
        XCTAssertEqual(revision.message, "first draft")
        XCTAssertEqual(revision.size, sampleReportText.utf8.count)
        XCTAssertEqual(revision.encoding, "UTF-8")
        XCTAssertEqual(revision.sourceName, "2021.txt")
        XCTAssertEqual(revision.lines, 7)
        XCTAssertLessThan(abs(revision.date.timeIntervalSinceNow), 60)
        XCTAssertEqual(try workspace.revisions(of: "2021"), [revision])
    }

    func testIdenticalContentIsUnchangedAndWritesNothing() throws {
        let file = try writeFile(Data(sampleReportText.utf8), named: "2021.txt", in: root)
        let first = try workspace.commit(version: "2021", file: file, message: nil, author: nil)
        let before = try snapshot(of: workspace.directory)
        let copy = try writeFile(Data(sampleReportText.utf8), named: "copy.txt", in: root)
        let second = try workspace.commit(version: "2021", file: copy, message: "again", author: nil)
        XCTAssertEqual(second, .unchanged(first.revision))
        XCTAssertEqual(try snapshot(of: workspace.directory), before)
    }

    func testContentEqualToAnOlderRevisionIsStoredAgain() throws {
        let one = try writeFile(Data("version one\n".utf8), named: "one.txt", in: root)
        let two = try writeFile(Data("version two\n".utf8), named: "two.txt", in: root)
        for file in [one, two, one] {
            guard case .created = try workspace.commit(version: "2021", file: file, message: nil, author: nil) else {
                return XCTFail("each change against the latest revision must be stored")
            }
        }
        let revisions = try workspace.revisions(of: "2021")
        XCTAssertEqual(revisions.map(\.number), [1, 2, 3])
        XCTAssertEqual(revisions.map(\.sourceName), ["one.txt", "two.txt", "one.txt"])
        XCTAssertEqual(try workspace.text(of: revisions[2]), "version one\n")
    }

    func testGB18030OriginalIsKeptByteForByteBesideItsUTF8Text() throws {
        let original = try gb18030(sampleReportText)
        let file = try writeFile(original, named: "2021-gbk.txt", in: root)
        let revision = try workspace.commit(version: "2021", file: file, message: nil, author: nil).revision
        XCTAssertEqual(revision.encoding, "GB18030")
        XCTAssertEqual(revision.size, original.count)
        XCTAssertEqual(try workspace.original(of: revision), original)
        XCTAssertEqual(try workspace.text(of: revision), sampleReportText)
        XCTAssertEqual(revision.lines, original.filter { $0 == 0x0A }.count)
    }

    func testVersionsAreTheBranchesInNaturalOrder() throws {
        let file = try writeFile(Data(sampleReportText.utf8), named: "r.txt", in: root)
        for version in ["2021", "9", "2020", "10"] {
            _ = try workspace.commit(version: version, file: file, message: nil, author: nil)
        }
        XCTAssertEqual(try workspace.versions(), ["9", "10", "2020", "2021"])
    }

    func testRefsOutsideBranchesAreNotVersions() throws {
        let file = try writeFile(Data(sampleReportText.utf8), named: "r.txt", in: root)
        let revision = try workspace.commit(version: "2021", file: file, message: nil, author: nil).revision
        try runGit(["update-ref", "refs/notes/findings", revision.commitID], in: workspace.storeDirectory)
        XCTAssertEqual(try runGit(["show-ref"], in: workspace.storeDirectory).output.split(separator: "\n").count, 2)
        XCTAssertEqual(try workspace.versions(), ["2021"])
    }

    func testDefaultMessageNamesTheSourceFileAndMultiLineMessagesKeepTheirBody() throws {
        let file = try writeFile(Data(sampleReportText.utf8), named: "2021.txt", in: root)
        let first = try workspace.commit(version: "2021", file: file, message: "  \n ", author: nil).revision
        XCTAssertEqual(first.message, "store 2021.txt")
        let changed = try writeFile(Data((sampleReportText + "附注\n").utf8), named: "2021.txt", in: root)
        let second = try workspace.commit(version: "2021", file: changed, message: "add note\n\nasked by the bureau", author: nil).revision
        XCTAssertEqual(second.message, "add note\n\nasked by the bureau")
        let message = try runGit(["log", "-1", "--format=%B", second.commitID], in: workspace.storeDirectory).output
        XCTAssertTrue(message.hasPrefix("2021 revision 2: add note\n\nasked by the bureau\n\nSource: 2021.txt\n"), message)
    }

    func testAuthorFallsBackToGitConfigurationOrToAudit() throws {
        let file = try writeFile(Data(sampleReportText.utf8), named: "2021.txt", in: root)
        let revision = try workspace.commit(version: "2021", file: file, message: nil, author: nil).revision
        let name = try runGit(["config", "user.name"], in: workspace.storeDirectory)
        let email = try runGit(["config", "user.email"], in: workspace.storeDirectory)
        if name.status == 0 && email.status == 0 {
            XCTAssertEqual(revision.author, name.output.trimmingCharacters(in: .newlines))
            XCTAssertEqual(revision.email, email.output.trimmingCharacters(in: .newlines))
        } else {
            XCTAssertEqual([revision.author, revision.email], ["audit", "audit@localhost"])
        }
    }

    func testFirstVersionBecomesHeadSoClonesCheckItOut() throws {
        let file = try writeFile(Data(sampleReportText.utf8), named: "2021.txt", in: root)
        let first = try workspace.commit(version: "2021", file: file, message: nil, author: nil).revision
        _ = try workspace.commit(version: "2022", file: file, message: nil, author: nil)
        let head = try runGit(["rev-parse", "HEAD"], in: workspace.storeDirectory).output
        XCTAssertEqual(head.trimmingCharacters(in: .newlines), first.commitID)
    }

    func testRevisionTreeHoldsOriginalTextAndMetadata() throws {
        let original = Data([0xEF, 0xBB, 0xBF]) + Data(sampleReportText.utf8)
        let file = try writeFile(original, named: "bom.txt", in: root)
        let revision = try workspace.commit(version: "2021", file: file, message: nil, author: nil).revision
        let store = workspace.storeDirectory
        let names = try runGit(["ls-tree", "--name-only", revision.commitID], in: store).output
        XCTAssertEqual(names, "meta.json\noriginal\ntext.txt\n")
        let originalBlob = try runGit(["rev-parse", "\(revision.commitID):original"], in: store).output
        let metadata = try JSONSerialization.jsonObject(
            with: Data(try runGit(["show", "\(revision.commitID):meta.json"], in: store).output.utf8)
        ) as? [String: Any]
        XCTAssertEqual(metadata?["encoding"] as? String, "UTF-8 with BOM")
        XCTAssertEqual(metadata?["sourceName"] as? String, "bom.txt")
        XCTAssertEqual(metadata?["size"] as? Int, original.count)
        XCTAssertEqual(metadata?["lines"] as? Int, 7)
        XCTAssertEqual(metadata?["originalBlob"] as? String, originalBlob.trimmingCharacters(in: .newlines))
        XCTAssertEqual(metadata?["revision"] as? Int, 1)
        XCTAssertEqual(try runGit(["show", "\(revision.commitID):text.txt"], in: store).output, sampleReportText)
    }

    func testRevisionNumbersComeFromTheTipAndAgreeWithTheChain() throws {
        for index in 1...5 {
            let file = try writeFile(Data("第\(index)版。 \n".utf8), named: "r\(index).txt", in: root)
            XCTAssertEqual(try workspace.commit(version: "2021", file: file, message: nil, author: nil).revision.number, index)
        }
        let chain = try workspace.revisions(of: "2021")
        XCTAssertEqual(chain.map(\.number), [1, 2, 3, 4, 5])
        XCTAssertEqual(try workspace.resolve("2021"), chain[4])
        XCTAssertEqual(try workspace.resolve("2021@2"), chain[1])
        XCTAssertEqual(try workspace.resolve("2021@1").commitID, chain[0].commitID)
    }
}
