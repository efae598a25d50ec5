import Foundation
import TestSupport
import XCTest

/// Commits and triage decisions at the same time, each a process of its own, all taking the
/// one writer lock: each commit lands whole or says the workspace is busy, each decision that
/// exits 0 is kept, and git fsck finds nothing wrong.
final class ConcurrentWritersTests: FaultWorkspace {
    static let rounds = 3
    static let committers = 3
    static let reviewers = 3

    func testCommitsAndDecisionsAtTheSameTimeAllLandOrSayBusy() throws {
        let ids = try sampleFindings(atLeast: Self.rounds * Self.reviewers)
        try disableCheckers()
        var landed: Set<String> = []
        var decided: [String: String] = [:]
        for round in 0..<Self.rounds {
            let texts = (0..<Self.committers).map { "第\(round)轮第\($0)稿\n" + String(repeating: "附注。\n", count: Int(random.next() % 2_000)) }
            let files = try texts.enumerated().map { try writeFile(Data($1.utf8), named: "r\(round)-\($0).txt", in: root) }
            let batch = ids[(round * Self.reviewers)..<((round + 1) * Self.reviewers)]
            var running = try files.map { try start(["commit", "2022", $0.path]) }
            running += try batch.map { try start(["triage", $0, "--status", "accepted", "--reason", "round \(round)"]) }
            let results = try running.map(AuditBinary.finish)
            for (text, result) in zip(texts, results.prefix(Self.committers)) {
                if result.status == 0 {
                    landed.insert(text)
                } else {
                    XCTAssertEqual(result.stderr, "audit: workspace busy, retry\n", replay)
                }
            }
            for (id, result) in zip(batch, results.dropFirst(Self.committers)) {
                XCTAssertEqual(result.status, 0, "\(result.stderr) \(replay)")
                decided[id] = "round \(round)"
            }
        }
        let count = try revisionCount("2022")
        let stored = try (1...max(count, 1)).map { try audit(["show", "2022@\($0)", "--raw"]).output }
        XCTAssertEqual(Set(stored), landed, replay)
        XCTAssertEqual(count, landed.count, replay)
        XCTAssertEqual(try ledgerReasons(), decided, replay)
        try assertStoreIsSound()
    }
}
