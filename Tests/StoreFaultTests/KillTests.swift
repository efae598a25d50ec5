import Foundation
import Glibc
import TestSupport
import XCTest

/// `kill -9` at a seeded moment of `audit commit` or `audit triage`. Afterwards git fsck finds
/// nothing wrong, the branch holds the previous revision or the whole new one, no decision that
/// was recorded is lost, and the next writer is not wedged.
final class KillTests: FaultWorkspace {
    static let commitKills = 8
    static let checkedCommitKills = 2
    static let triageKills = 8

    func testKillDuringCommitLeavesThePreviousRevisionOrTheWholeNewOne() throws {
        try disableCheckers()
        try commit("2021", text: "第0稿\n" + sampleText)
        let duration = try timedCommit("2021", "第1稿\n" + sampleText)
        for kill in 0..<Self.commitKills {
            try killCommit("2021", text: "第\(kill + 2)稿\n" + sampleText, within: duration, kill: kill)
        }
        // With the checkers on, most kills land while the findings are checked or recorded.
        try enableCheckers()
        let checked = try timedCommit("2021", "复核稿\n" + sampleText)
        for kill in 0..<Self.checkedCommitKills {
            try killCommit("2021", text: "复核第\(kill)稿\n" + sampleText, within: checked, kill: kill)
        }
        XCTAssertEqual(try audit(["findings", "2021", "--format", "json"]).status, 0, replay)
        try commit("2021", text: "终稿\n" + sampleText)
        try assertStoreIsSound()
    }

    func testKillDuringTriageLosesNoRecordedDecision() throws {
        let ids = try sampleFindings(atLeast: 2 * Self.triageKills + 1)
        let started = Date()
        XCTAssertEqual(try triage(ids[0], reason: "timed").status, 0)
        let duration = Date().timeIntervalSince(started)
        var completed: [String: String] = [ids[0]: "timed"]
        for kill in 0..<Self.triageKills {
            let victim = ids[2 * kill + 1]
            let running = try start(triageArguments(victim, reason: "killed \(kill)"))
            let delay = Double.random(in: 0...duration, using: &random)
            usleep(UInt32(delay * 1_000_000))
            Glibc.kill(running.process.processIdentifier, SIGKILL)
            _ = try AuditBinary.finish(running)
            let survivor = ids[2 * kill + 2]
            let after = try triage(survivor, reason: "after \(kill)")
            XCTAssertEqual(after.status, 0, "the next decision after a kill at \(delay) s: \(after.stderr) \(replay)")
            completed[survivor] = "after \(kill)"
            try assertLedgerHolds(completed, context: "kill \(kill) at \(String(format: "%.3f", delay)) s")
        }
        try assertStoreIsSound()
    }

    private func triageArguments(_ id: String, reason: String) -> [String] {
        ["triage", id, "--status", "wont-fix", "--reason", reason, "--reviewer", "Kill Test <k@example.org>"]
    }

    private func triage(_ id: String, reason: String) throws -> AuditResult {
        try audit(triageArguments(id, reason: reason))
    }

    /// Every completed decision is in triage.json, and every commit of the trail is a decision in it.
    private func assertLedgerHolds(_ completed: [String: String], context: String) throws {
        let reasons = try ledgerReasons()
        for (id, reason) in completed {
            XCTAssertEqual(reasons[id], reason, "\(context): decision on \(id) lost \(replay)")
        }
        let trail = try git(["rev-list", "--count", "refs/audit/triage"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(Int(trail), reasons.count, "\(context): each commit of the trail is one decision \(replay)")
    }

    private func timedCommit(_ version: String, _ text: String) throws -> TimeInterval {
        let started = Date()
        try commit(version, text: text)
        return Date().timeIntervalSince(started)
    }

    private func killCommit(_ version: String, text: String, within duration: TimeInterval, kill: Int) throws {
        let before = try revisionCount(version)
        let file = try writeFile(Data(text.utf8), named: "kill-\(kill).txt", in: root)
        let running = try start(["commit", version, file.path])
        let delay = Double.random(in: 0...duration, using: &random)
        usleep(UInt32(delay * 1_000_000))
        Glibc.kill(running.process.processIdentifier, SIGKILL)
        _ = try AuditBinary.finish(running)
        let context = "commit kill \(kill) at \(String(format: "%.3f", delay)) s \(replay)"
        try assertStoreIsSound()
        let after = try revisionCount(version)
        XCTAssertTrue([before, before + 1].contains(after), "\(context): \(before) → \(after) revisions")
        if after == before + 1 {
            let stored = try runGit(["cat-file", "blob", "refs/heads/\(version):original"], in: store)
            XCTAssertEqual(stored.output, text, "\(context): a half revision")
            XCTAssertEqual(try git(["ls-tree", "--name-only", "refs/heads/\(version)"]).output, "meta.json\noriginal\ntext.txt\n", context)
        }
        let log = try audit(["log", version])
        XCTAssertEqual(log.status, 0, "\(context): \(log.stderr)")
    }
}
