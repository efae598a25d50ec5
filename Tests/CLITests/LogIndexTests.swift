import Foundation
import TestSupport
import XCTest

/// `audit log` reads each version's rows from an index kept in `cache/history/<tip>/` (issue
/// 19). The index is never trusted over the refs: whatever moved a branch or damaged the index,
/// the listing is the one read from the store alone (the cache removed), and its revisions are
/// the commits git finds on the branch.
final class LogIndexTests: WorkspaceTestCase {
    private var history: URL { workspace.appendingPathComponent("cache/history") }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try commit("2020", try writeFile(Data("2020年度报告。\n".utf8), named: "a.txt", in: root), ["-m", "report"])
        try commit("2021", try writeFile(Data("2021年度报告。\n".utf8), named: "b.txt", in: root), ["-m", "draft"])
    }

    func testARevisionCommittedAfterTheIndexWasBuiltIsListed() throws {
        let before = try log()
        let oldTip = try tip("2021")
        XCTAssertTrue(indexExists(at: oldTip), "the first log keeps an index per tip")
        try commit("2021", try writeFile(Data("2021年度报告（修订）。\n".utf8), named: "c.txt", in: root), ["-m", "final"])
        let after = try log()
        XCTAssertNotEqual(after, before)
        XCTAssertTrue(after.contains("final"), after)
        XCTAssertEqual(after, try logFromTheStoreAlone())
        try assertRowsAreGitsCommits(after)
        XCTAssertTrue(indexExists(at: try tip("2021")))
        XCTAssertFalse(indexExists(at: oldTip), "the index it extended is removed, so the cache does not grow per commit")
    }

    /// Another tool (or a reset) moved the branch back: the index of the newer tip must not answer.
    func testABranchMovedBackByAnotherToolListsOnlyWhatItHolds() throws {
        try commit("2021", try writeFile(Data("2021年度报告（修订）。\n".utf8), named: "c.txt", in: root), ["-m", "final"])
        XCTAssertTrue(try log().contains("final"))
        let first = try git(["rev-parse", "refs/heads/2021~1"])
        XCTAssertEqual(try git(["update-ref", "refs/heads/2021", first]), "")
        let moved = try log()
        XCTAssertFalse(moved.contains("final"), moved)
        XCTAssertEqual(moved, try logFromTheStoreAlone())
        try assertRowsAreGitsCommits(moved)
    }

    /// A pull that re-commits a local revision on top of the remote's moves the branch to a
    /// commit whose history does not hold the indexed tip at all.
    func testAPullThatMovedTheBranchListsTheMergedHistory() throws {
        let peer = root.appendingPathComponent("peer")
        let cloned = try AuditBinary.run(["clone", store.path, peer.path], in: root, scratch: root)
        XCTAssertEqual(cloned.status, 0, cloned.stderr)
        XCTAssertEqual(try audit(in: peer, ["log"]).status, 0)
        try commit("2021", try writeFile(Data("2021年度报告（远端修订）。\n".utf8), named: "remote.txt", in: root), ["-m", "theirs"])
        let local = try writeFile(Data("2021年度报告（本地修订）。\n".utf8), named: "local.txt", in: root)
        XCTAssertEqual(try audit(in: peer, ["commit", "2021", local.path, "-m", "ours"]).status, 0)
        XCTAssertTrue(try audit(in: peer, ["log"]).output.contains("ours"))
        let pull = try audit(in: peer, ["pull"])
        XCTAssertEqual(pull.status, 0, pull.stderr)
        let merged = try audit(in: peer, ["log"])
        XCTAssertEqual(merged.status, 0, merged.stderr)
        XCTAssertTrue(merged.output.contains("theirs") && merged.output.contains("ours"), merged.output)
        try FileManager.default.removeItem(at: peer.appendingPathComponent("cache/history"))
        XCTAssertEqual(merged.output, try audit(in: peer, ["log"]).output)
        let count = try runGit(["rev-list", "--count", "--first-parent", "refs/heads/2021"], in: peer.appendingPathComponent("store.git")).output
        XCTAssertEqual(merged.output.split(separator: "\n").filter { $0.hasPrefix("2021 ") }.count, Int(count.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// Flipped, truncated, emptied, or another tip's index copied over: each is rebuilt from the
    /// store with one warning, and the listing is unchanged.
    func testADamagedIndexIsRebuiltNotBelieved() throws {
        let expected = try log()
        let index = try indexFile(at: try tip("2021"))
        let other = try indexFile(at: try tip("2020"))
        let pristine = try Data(contentsOf: index)
        let damages: [(String, Data)] = [
            ("flipped", Data(pristine.enumerated().map { $0 == pristine.count / 2 ? $1 ^ 0x20 : $1 })),
            ("truncated", pristine.prefix(pristine.count - 9)),
            ("emptied", Data()),
            ("copied from 2020's tip", try Data(contentsOf: other)),
        ]
        for (damage, bytes) in damages {
            try bytes.write(to: index)
            let result = try audit(["log"])
            XCTAssertEqual(result.status, 0, damage)
            XCTAssertEqual(result.output, expected, damage)
            XCTAssertEqual(result.stderrLines.count, 1, "\(damage): \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix("audit: warning: ignored cache/history/"), "\(damage): \(result.stderr)")
            XCTAssertEqual(try Data(contentsOf: index), pristine, "\(damage): rebuilt as it was")
            XCTAssertEqual(try audit(["log"]).stderr, "", "\(damage): rebuilt, so read quietly after")
        }
    }

    /// The date cell is kept as the local time zone shows it, so each zone has its own index.
    func testEachTimeZoneListsItsOwnDates() throws {
        for zone in ["UTC", "Asia/Shanghai", "UTC"] {
            let result = try audit(["log"], environment: ["TZ": zone])
            try FileManager.default.removeItem(at: history)
            XCTAssertEqual(result.output, try audit(["log"], environment: ["TZ": zone]).output, zone)
        }
        XCTAssertNotEqual(try audit(["log"], environment: ["TZ": "UTC"]).output, try audit(["log"], environment: ["TZ": "Asia/Shanghai"]).output)
    }

    private func log() throws -> String {
        let result = try audit(["log"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        return result.output
    }

    private func logFromTheStoreAlone() throws -> String {
        try FileManager.default.removeItem(at: history)
        return try log()
    }

    /// Each version's rows are its commits as git lists them along first parents, oldest first.
    private func assertRowsAreGitsCommits(_ log: String, line: UInt = #line) throws {
        for version in ["2020", "2021"] {
            let commits = try git(["rev-list", "--first-parent", "--reverse", "--abbrev-commit", "--abbrev=7", "refs/heads/\(version)"])
            let rows = log.split(separator: "\n").map { $0.split(separator: " ") }.filter { $0.first.map(String.init) == version }
            XCTAssertEqual(rows.map { String($0[2]) }, commits.split(separator: "\n").map(String.init), version, line: line)
            XCTAssertEqual(rows.map { String($0[1]) }, rows.indices.map { String($0 + 1) }, version, line: line)
        }
    }

    private func tip(_ version: String) throws -> String {
        try git(["rev-parse", "refs/heads/\(version)"])
    }

    private func indexExists(at tip: String) -> Bool {
        let names = try? FileManager.default.contentsOfDirectory(atPath: history.appendingPathComponent(tip).path)
        return names?.contains { $0.hasPrefix("log-rows-") } == true
    }

    private func indexFile(at tip: String) throws -> URL {
        let folder = history.appendingPathComponent(tip)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("log-rows-") }
        return folder.appendingPathComponent(try XCTUnwrap(names.first, "no index at \(tip)"))
    }

    private func git(_ arguments: [String]) throws -> String {
        let result = try runGit(arguments, in: store)
        XCTAssertEqual(result.status, 0, result.output)
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func audit(in directory: URL, _ arguments: [String]) throws -> AuditResult {
        try AuditBinary.run(arguments + ["--workspace", directory.path], in: root, scratch: root)
    }
}
