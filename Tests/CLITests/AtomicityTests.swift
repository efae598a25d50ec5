import Foundation
import Glibc
import TestSupport
import XCTest

/// SIGKILL at any moment of `audit commit` leaves the previous revision or the new one, never a
/// half revision, and never a workspace the next commit cannot use.
final class AtomicityTests: WorkspaceTestCase {
    static let iterations = 24

    /// A report of roughly 6 MB in GB18030, so a commit lasts long enough to be interrupted
    /// while reading, decoding, writing objects and moving the branch.
    private func largeReport() throws -> Data {
        let lines = (0..<90_000).map { "第\($0)行 一般公共预算财政拨款支出 \(($0 * 7_919) % 1_000_003).\($0 % 100) 万元\n" }
        return try gb18030(lines.joined())
    }

    func testKillingCommitAtAnyMomentLeavesTheOldOrTheNewRevision() throws {
        let body = try largeReport()
        var expected = Data("calibration\n".utf8) + body
        let file = root.appendingPathComponent("large.txt")
        try expected.write(to: file)
        let started = Date()
        try commit("2021", file)
        let duration = Date().timeIntervalSince(started)

        var killed = 0
        for iteration in 0..<Self.iterations {
            let content = Data("iteration \(iteration)\n".utf8) + body
            try content.write(to: file)
            let before = try revisionCount("2021")
            // Spread the kills evenly from process start to somewhat past a full commit.
            let delay = duration * 1.3 * Double(iteration) / Double(Self.iterations - 1)
            let running = try start(["commit", "2021", file.path])
            usleep(useconds_t(delay * 1_000_000))
            kill(running.process.processIdentifier, SIGKILL)
            let result = try AuditBinary.finish(running)
            if running.process.terminationReason == .uncaughtSignal { killed += 1 } else { XCTAssertEqual(result.status, 0, result.stderr) }

            let fsck = try runGit(["fsck", "--strict"], in: store)
            XCTAssertEqual(fsck.status, 0, "iteration \(iteration): \(fsck.output)")
            let after = try revisionCount("2021")
            XCTAssertTrue([before, before + 1].contains(after), "iteration \(iteration): \(before) -> \(after) revisions")
            if after == before + 1 { expected = content }
            let log = try audit(["log", "2021"])
            XCTAssertEqual(log.status, 0, log.stderr)
            XCTAssertEqual(log.output.split(separator: "\n").count, after + 1, log.output)
            XCTAssertEqual(try audit(["show", "2021", "--raw"]).stdout, expected, "iteration \(iteration)")
        }
        print("AtomicityTests: commit took \(String(format: "%.2f", duration)) s; \(killed) of \(Self.iterations) commits killed mid-way")
        // Load on the machine shifts the timing; a quarter interrupted still covers every phase.
        XCTAssertGreaterThanOrEqual(killed, Self.iterations / 4, "the delays must interrupt commits")

        let final = Data("after the kills\n".utf8) + body
        try final.write(to: file)
        let count = try revisionCount("2021")
        try commit("2021", file)
        XCTAssertEqual(try revisionCount("2021"), count + 1)
        XCTAssertEqual(try audit(["show", "2021", "--raw"]).stdout, final)
        XCTAssertEqual(try runGit(["fsck", "--strict"], in: store).status, 0)
    }
}
