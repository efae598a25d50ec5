import Foundation
import Glibc
import TestSupport
import XCTest

/// `audit pull` killed with SIGKILL at random moments, 20 times, each time from the same
/// workspace: the store stays fsck-clean, every ref is either as it was or fully merged
/// (holding both its old tip and the remote's), and the next pull completes.
final class KilledPullTests: SyncTestCase {
    func testKillDuringPullNeverDamagesTheStore() throws {
        try audit("ann", ["init"], as: ann)
        try audit("ann", ["commit", "2021", try report("shared.txt").path], as: ann)
        try audit("ann", ["remote", "add", "origin", remote.path], as: ann)
        try audit("ann", ["push"], as: ann)
        try FileManager.default.createDirectory(at: workspace("bob"), withIntermediateDirectories: true)
        XCTAssertEqual(try AuditBinary.run(["clone", remote.path, workspace("bob").path], in: root, scratch: root).status, 0)
        let shared = try findingIDs("bob", "2021")
        for (index, version) in ["2022", "czj/2023", "czj/2024", "hb/2024"].enumerated() {
            try audit("ann", ["commit", version, try report("ann-\(index).txt", paragraphs: 2 + index).path], as: ann)
        }
        try audit("ann", ["commit", "2021", try report("ann-2021.txt", variant: 1).path], as: ann)
        try audit("ann", ["triage", shared[0], "--status", "confirmed", "--reason", "Ann"], as: ann)
        try audit("ann", ["triage", shared[1], "--status", "accepted", "--reason", "Ann"], as: ann)
        try audit("ann", ["push"], as: ann)
        sleep(1)
        try audit("bob", ["commit", "2021", try report("bob-2021.txt", variant: 2).path], as: bob)
        try audit("bob", ["triage", shared[1], "--status", "wont-fix", "--reason", "Bob"], as: bob)
        let pristine = root.appendingPathComponent("bob-pristine")
        try FileManager.default.copyItem(at: workspace("bob"), to: pristine)
        let before = try travelling("bob")
        let remoteTips = try travelling("remote")

        let started = Date()
        try audit("bob", ["pull"], as: bob)
        let duration = Date().timeIntervalSince(started)
        let merged = try travelling("bob")
        XCTAssertEqual(try revisionCount("bob", "2021"), 3)

        var generator = SplitMix64(seed: 21)
        var outcomes: [String: Int] = [:]
        for round in 1...20 {
            try FileManager.default.removeItem(at: workspace("bob"))
            try FileManager.default.copyItem(at: pristine, to: workspace("bob"))
            let delay = Double(generator.next() % 1000) / 1000 * duration * 1.2
            let pull = try AuditBinary.start(["pull", "--workspace", workspace("bob").path], environment: ["AUDIT_AUTHOR": bob], in: root, scratch: root)
            usleep(UInt32(delay * 1_000_000))
            kill(pull.process.processIdentifier, SIGKILL)
            let result = try AuditBinary.finish(pull)

            try assertFsckClean(["bob"])
            // The next command that opens the workspace undoes a pull killed while moving refs.
            let undone = FileManager.default.fileExists(atPath: store("bob").appendingPathComponent("audit-refs.journal").path)
            try audit("bob", ["log"], as: bob)
            XCTAssertFalse(FileManager.default.fileExists(atPath: store("bob").appendingPathComponent("audit-refs.journal").path))
            let after = try travelling("bob")
            var moved = 0
            for name in Set(before.keys).union(after.keys).union(remoteTips.keys) {
                guard let now = after[name] else {
                    XCTAssertNil(before[name], "round \(round): \(name) lost")
                    continue
                }
                if now == before[name] { continue }
                moved += 1
                if let old = before[name] { XCTAssertTrue(try isAncestor(old, of: now, in: "bob"), "round \(round): \(name) lost \(old)") }
                if let theirs = remoteTips[name] { XCTAssertTrue(try isAncestor(theirs, of: now, in: "bob"), "round \(round): \(name) half merged") }
            }
            let changedByPull = Set(merged.keys).subtracting(before.keys).count + before.filter { merged[$0.key] != $0.value }.count
            XCTAssertTrue(moved == 0 || moved == changedByPull, "round \(round): \(moved) of \(changedByPull) refs moved: half a pull left")
            let outcome = result.status == 0 ? "finished" : moved == 0 ? (undone ? "killed with the journal written, undone" : "killed, unchanged") : "killed after the last ref moved"
            outcomes[outcome, default: 0] += 1
            let again = try audit("bob", ["pull"], as: bob)
            XCTAssertEqual(again.stderr, "", "round \(round)")
            XCTAssertEqual(try revisionCount("bob", "2021"), 3, "round \(round)")
            XCTAssertEqual(try decisionCount("bob"), 3, "round \(round)")
            XCTAssertEqual(Set(try travelling("bob").keys), Set(merged.keys), "round \(round)")
            try assertFsckClean(["bob"])
        }
        print("killed pulls (full pull \(Int(duration * 1000)) ms): \(outcomes.sorted { $0.key < $1.key })")
        XCTAssertGreaterThan(outcomes["killed, unchanged", default: 0], 0, "some kills must land inside the pull")
    }

    /// A journal as a pull killed after moving the first of its refs leaves it: the next
    /// command moves that ref back and removes the journal; the one not yet moved is untouched.
    func testAnInterruptedChangeIsUndoneWhenTheWorkspaceIsOpened() throws {
        try audit("ann", ["init"], as: ann)
        try audit("ann", ["commit", "2021", try report("first.txt").path], as: ann)
        try audit("ann", ["commit", "2021", try report("second.txt", variant: 1).path], as: ann)
        let second = try runGit(["rev-parse", "refs/heads/2021"], in: store("ann")).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let first = try runGit(["rev-parse", "refs/heads/2021~1"], in: store("ann")).output.trimmingCharacters(in: .whitespacesAndNewlines)
        // The "pull" moved 2021 from its first revision to its second and had yet to create 2022.
        let journal = #"[{"name":"refs/heads/2021","from":"\#(first)","to":"\#(second)"},{"name":"refs/heads/2022","to":"\#(first)"}]"#
        _ = try writeFile(Data(journal.utf8), named: "audit-refs.journal", in: store("ann"))
        let log = try audit("ann", ["log"], as: ann)
        XCTAssertEqual(log.output.split(separator: "\n").filter { $0.hasPrefix("2021 ") }.count, 1, log.output)
        XCTAssertEqual(try runGit(["rev-parse", "refs/heads/2021"], in: store("ann")).output.trimmingCharacters(in: .whitespacesAndNewlines), first)
        XCTAssertNotEqual(try runGit(["show-ref", "--verify", "--quiet", "refs/heads/2022"], in: store("ann")).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store("ann").appendingPathComponent("audit-refs.journal").path))
        try assertFsckClean(["ann"])
    }
}
