import Foundation
import TestSupport
import XCTest

/// Reviewers deciding at the same time, each `audit triage` a process of its own: every
/// decision that exits 0 is in `triage.json`, and each is one commit of the audit trail.
final class ParallelTriageTests: FaultWorkspace {
    static let reviewers = 8
    static let rounds = 3

    /// Before the ledger was read under the lock, 104 of 160 such decisions were lost.
    func testSimultaneousDecisionsOnDifferentFindingsAreAllKept() throws {
        let ids = try sampleFindings(atLeast: Self.reviewers * Self.rounds)
        var expected: [String: String] = [:]
        for round in 0..<Self.rounds {
            let batch = ids[(round * Self.reviewers)..<((round + 1) * Self.reviewers)]
            let running = try batch.map { id in
                try start(["triage", id, "--status", "false-positive", "--reason", "round \(round) \(id)", "--reviewer", "R\(round) <r@example.org>"])
            }
            for (id, result) in zip(batch, try running.map(AuditBinary.finish)) {
                XCTAssertEqual(result.status, 0, result.stderr)
                expected[id] = "round \(round) \(id)"
            }
        }
        let kept = try ledgerReasons()
        XCTAssertEqual(kept, expected, "\(expected.count - kept.count) decisions lost")
        let trail = try git(["rev-list", "--count", "refs/audit/triage"])
        XCTAssertEqual(trail.output.trimmingCharacters(in: .whitespacesAndNewlines), "\(Self.reviewers * Self.rounds)")
        try assertStoreIsSound()
    }
}
