import Foundation
import TestSupport
import XCTest

/// Remotes that cannot be used: one line on stderr, exit 2, the workspace unchanged.
final class SyncFailureTests: SyncTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try audit("ann", ["init"], as: ann)
        try audit("ann", ["commit", "2021", try report("shared.txt").path], as: ann)
    }

    func testARepositoryThatIsNotAnAuditStoreIsRefused() throws {
        let project = root.appendingPathComponent("project")
        for command in [["init", "--quiet", "-b", "main", project.path], ["-C", project.path, "commit", "--quiet", "--allow-empty", "-m", "code"]] {
            XCTAssertEqual(try runGit(["-c", "user.name=x", "-c", "user.email=x@y"] + command, in: root).status, 0)
        }
        try audit("ann", ["remote", "add", "code", project.path], as: ann)
        let before = try references("ann")
        for command in [["pull", "code"], ["push", "code"], ["status", "--fetch"]] {
            let refused = try audit("ann", command, as: ann, expect: 2)
            XCTAssertEqual(refused.stderrLines.count, 1, refused.stderr)
            XCTAssertTrue(refused.stderr.hasPrefix("audit: remote 'code' (\(project.path)) is not an audit store: its branch 'main' is not a report version"), refused.stderr)
            XCTAssertEqual(try references("ann"), before, "no local ref and no staged copy of the foreign one")
        }
        try assertFsckClean(["ann"])
        let cloned = try AuditBinary.run(["clone", project.path, workspace("copy").path], in: root, scratch: root)
        XCTAssertEqual(cloned.status, 2, cloned.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace("copy").path), "a failed clone leaves nothing")
    }

    func testUnreachableRemotesAreOneLineErrors() throws {
        let closed = try GitDaemon.freePort()
        let remotes = [
            ("gone", root.appendingPathComponent("no-such-store.git").path),
            ("down", "git://127.0.0.1:\(closed)/remote.git"),
        ]
        let before = try references("ann")
        for (name, url) in remotes {
            try audit("ann", ["remote", "add", name, url], as: ann)
            for command in [["pull", name], ["push", name]] {
                let failed = try audit("ann", command, as: ann, expect: 2)
                XCTAssertEqual(failed.stderrLines.count, 1, failed.stderr)
                XCTAssertTrue(failed.stderr.hasPrefix("audit: cannot reach remote '\(name)' (\(url)): "), failed.stderr)
            }
            let cloned = try AuditBinary.run(["clone", url, workspace("copy-\(name)").path], in: root, scratch: root)
            XCTAssertEqual(cloned.status, 2)
            XCTAssertTrue(cloned.stderr.hasPrefix("audit: cannot reach remote 'origin'"), cloned.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: workspace("copy-\(name)").path))
        }
        XCTAssertEqual(try references("ann"), before)
    }

    func testRemoteNamesAndCommands() throws {
        try audit("ann", ["remote", "add", "origin", "remote.git"], as: ann)
        XCTAssertEqual(try audit("ann", ["remote", "-v"], as: ann).output, "origin\t\(remote.path)\n", "a relative path is stored absolute")
        XCTAssertEqual(try audit("ann", ["remote"], as: ann).output, "origin\n")
        let again = try audit("ann", ["remote", "add", "origin", "elsewhere.git"], as: ann, expect: 2)
        XCTAssertEqual(again.stderr, "audit: remote 'origin' exists already (\(remote.path))\n")
        let bad = try audit("ann", ["remote", "add", "a..b", "x.git"], as: ann, expect: 2)
        XCTAssertTrue(bad.stderr.hasPrefix("audit: bad remote name 'a..b'"), bad.stderr)
        let unknown = try audit("ann", ["pull", "upstream"], as: ann, expect: 2)
        XCTAssertEqual(unknown.stderr, "audit: no remote 'upstream' (known: origin)\n")
        XCTAssertEqual(try audit("ann", ["status"], as: ann).output, "origin (\(remote.path)): 2 ahead, 0 behind, 0 up to date\n  2021: 1 ahead, 0 behind\n  findings 2021: 1 ahead, 0 behind\n")
        try audit("ann", ["push"], as: ann)
        XCTAssertEqual(try audit("ann", ["push"], as: ann).output, "origin: already up to date\n")
        XCTAssertTrue(try audit("ann", ["pull"], as: ann).output.hasSuffix("  already up to date\n"))
        let occupied = workspace("occupied")
        try FileManager.default.createDirectory(at: occupied, withIntermediateDirectories: true)
        _ = try writeFile(Data("x".utf8), named: "note.txt", in: occupied)
        let refused = try AuditBinary.run(["clone", remote.path, occupied.path], in: root, scratch: root)
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: occupied.path), ["note.txt"])
    }
}
