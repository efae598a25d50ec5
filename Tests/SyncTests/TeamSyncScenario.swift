import Foundation
import TestSupport
import XCTest

/// Two reviewers on one season: a first revision both share, then revisions, new versions and
/// triage decisions made in parallel on both sides, pushed and pulled in the order given.
/// Counted at the end on all three stores: nothing lost, both trails kept, fsck clean.
extension SyncTestCase {
    func runTeamScenario(url: String, annPushesFirst: Bool, file: StaticString = #filePath, line: UInt = #line) throws {
        try audit("ann", ["init"], as: ann)
        try audit("ann", ["commit", "2021", try report("shared.txt").path], as: ann)
        try audit("ann", ["remote", "add", "origin", url], as: ann)
        try audit("ann", ["push"], as: ann)
        let cloned = try AuditBinary.run(["clone", url, workspace("bob").path], environment: ["AUDIT_AUTHOR": bob], in: root, scratch: root)
        XCTAssertEqual(cloned.status, 0, cloned.stderr)
        XCTAssertTrue(cloned.output.contains("1 revision and 0 triage decisions arrived"), cloned.output)
        let shared = try findingIDs("bob", "2021")
        XCTAssertEqual(shared.count, 4, "one wrong growth rate per paragraph")

        // In parallel: each commits a second revision of 2021 and a version of their own, and
        // triages; both decide on shared[2], Bob a second later, so his decision is current.
        try audit("ann", ["commit", "2021", try report("ann-2021.txt", variant: 1).path, "-m", "Ann's correction"], as: ann)
        try audit("ann", ["commit", "2022", try report("ann-2022.txt", paragraphs: 2).path], as: ann)
        try audit("ann", ["triage", shared[0], "--status", "false-positive", "--reason", "rounded to the yuan"], as: ann)
        try audit("ann", ["triage", shared[2], "--status", "confirmed", "--reason", "Ann: a defect"], as: ann)
        sleep(1)
        try audit("bob", ["commit", "2021", try report("bob-2021.txt", variant: 2).path, "-m", "Bob's correction"], as: bob)
        try audit("bob", ["commit", "czj/2024", try report("bob-czj.txt", paragraphs: 3).path], as: bob)
        try audit("bob", ["triage", shared[1], "--status", "wont-fix", "--reason", "Bob: immaterial"], as: bob)
        try audit("bob", ["triage", shared[2], "--status", "accepted", "--reason", "Bob: corrected in print"], as: bob)

        let (first, second) = annPushesFirst ? ("ann", "bob") : ("bob", "ann")
        let author = { (name: String) in name == "ann" ? self.ann : self.bob }
        try audit(first, ["push"], as: author(first))
        let refused = try audit(second, ["push"], as: author(second), expect: 2)
        XCTAssertEqual(refused.stderrLines.count, 1, refused.stderr)
        XCTAssertTrue(refused.stderr.hasPrefix("audit: push to 'origin' refused:") && refused.stderr.contains("run 'audit pull origin' first"), refused.stderr)
        let behind = try audit(second, ["status", "--fetch"], as: author(second)).output
        XCTAssertTrue(behind.contains("2021: 1 ahead, 1 behind"), behind)

        let pulled = try audit(second, ["pull"], as: author(second)).output
        XCTAssertTrue(pulled.contains("2 revisions and 2 triage decisions arrived"), pulled)
        XCTAssertTrue(pulled.contains(annPushesFirst ? "2022: 1 revision arrived" : "czj/2024: 1 revision arrived"), pulled)
        // Bob committed later, so his revision is the one re-committed, whoever pulls.
        XCTAssertTrue(pulled.contains("re-committed as revision 3"), pulled)
        XCTAssertTrue(pulled.contains("1 finding decided on both sides"), pulled)
        try audit(second, ["push"], as: author(second))
        let fastForward = try audit(first, ["pull"], as: author(first)).output
        // Revisions count along the merged history's first parents. When Ann merged (Bob pushed
        // first), Bob gets her revision 2, the re-commit of his own and her 2022; when Bob merged,
        // Ann gets the re-commit of his revision and his czj/2024.
        XCTAssertTrue(fastForward.contains(annPushesFirst ? "2 revisions and 2 triage decisions arrived" : "3 revisions and 2 triage decisions arrived"), fastForward)

        for name in ["ann", "bob", "remote"] {
            XCTAssertEqual(try revisionCount(name, "2021"), 3, name)
            XCTAssertEqual(try revisionCount(name, "2022"), 1, name)
            XCTAssertEqual(try revisionCount(name, "czj/2024"), 1, name)
            XCTAssertEqual(try decisionCount(name), 4, name)
        }
        XCTAssertEqual(try travelling("ann"), try travelling("bob"))
        XCTAssertEqual(try travelling("ann"), try travelling("remote"))
        try assertFsckClean(["ann", "bob", "remote"])

        // Revision 2 is Ann's, 3 Bob's with his text unchanged and a message saying it was re-committed.
        for name in ["ann", "bob"] {
            XCTAssertEqual(try audit(name, ["show", "2021@2"], as: ann).output, try String(contentsOf: root.appendingPathComponent("ann-2021.txt"), encoding: .utf8))
            XCTAssertEqual(try audit(name, ["show", "2021@3"], as: ann).output, try String(contentsOf: root.appendingPathComponent("bob-2021.txt"), encoding: .utf8))
            let log = try audit(name, ["log", "2021"], as: ann).output
            XCTAssertTrue(log.contains("Bob's correction [re-committed by audit pull"), log)
            let trail = try audit(name, ["triage", "--log"], as: ann).output
            XCTAssertTrue(trail.contains("Ann: a defect") && trail.contains("Bob: corrected in print"), trail)
            XCTAssertEqual(trail.split(separator: "\n").count, 4, trail)
            let current = try currentDecisions(name)
            XCTAssertEqual(current.count, 3)
            XCTAssertEqual(current.values.first { ($0["reason"] as? String)?.hasPrefix("Bob: corrected") == true }?["status"] as? String, "accepted")
            XCTAssertFalse(current.values.contains { ($0["reason"] as? String) == "Ann: a defect" }, "the later decision is current")
            let status = try audit(name, ["status"], as: ann).output
            XCTAssertTrue(status.contains("0 ahead, 0 behind"), status)
            // The re-committed revision's findings were re-keyed, not lost: a record for each of
            // revisions 1–3 and for Bob's original commit, which stays in the history as a second parent.
            let tip = try runGit(["rev-parse", "refs/heads/2021"], in: store(name)).output.trimmingCharacters(in: .whitespacesAndNewlines)
            let records = try runGit(["ls-tree", "--name-only", "refs/audit/findings/2021"], in: store(name)).output.split(separator: "\n")
            XCTAssertEqual(records.count, 4, records.joined(separator: " "))
            XCTAssertTrue(records.contains(Substring(tip + ".json")))
            let findings = try audit(name, ["findings", "2021@3", "--all"], as: ann)
            XCTAssertEqual(findings.stderr, "", "no record missing or damaged")
            XCTAssertEqual(findings.output.split(separator: "\n").filter { $0.hasPrefix("  error ") }.count, 4, findings.output)
        }
    }
}
