import Foundation
import Glibc
import TestSupport
import XCTest

/// Simultaneous `audit commit`s on one workspace: each lands, or fails saying the workspace is
/// busy; no revision is lost or overwritten.
final class ConcurrencyTests: WorkspaceTestCase {
    static let writers = 4
    static let busy = "audit: workspace busy, retry\n"

    private func commitSimultaneously(_ version: String, round: Int) throws -> [Data] {
        // Different sizes make the writers reach the lock at different moments.
        let contents = (0..<Self.writers).map { writer in
            Data("第\(round)轮 第\(writer)稿\n".utf8) + Data(repeating: UInt8(ascii: "x"), count: 200_000 * writer) + Data("\n".utf8)
        }
        let files = try contents.enumerated().map { try writeFile($1, named: "round\(round)-\($0).txt", in: root) }
        let running = try files.map { try start(["commit", version, $0.path]) }
        let results = try running.map(AuditBinary.finish)
        var landed: [Data] = []
        for (index, result) in results.enumerated() {
            if result.status == 0 {
                XCTAssertTrue(result.output.contains(" stored ("), result.output)
                landed.append(contents[index])
            } else {
                XCTAssertEqual(result.status, 2)
                XCTAssertEqual(result.stderr, Self.busy)
            }
        }
        return landed
    }

    private func originals(of version: String) throws -> [Data] {
        let count = try revisionCount(version)
        return try (1...count).map { try audit(["show", "\(version)@\($0)", "--raw"]).stdout }
    }

    /// `czj` and `czj/2024` committed at the same moment: git cannot hold both, and the writer
    /// lock makes the second see the first, so exactly one lands and the other is refused
    /// with the clash (or busy), the store whole either way.
    func testSimultaneousDepartmentAndBareVersionOfOneNameNeverBothLand() throws {
        for round in 0..<3 {
            let file = try writeFile(Data("第\(round)轮\n".utf8), named: "clash\(round).txt", in: root)
            let (bare, department) = ("czj\(round)", "czj\(round)/2024")
            let results = try [bare, department].map { try start(["commit", $0, file.path]) }.map(AuditBinary.finish)
            let landed = results.filter { $0.status == 0 }
            XCTAssertEqual(landed.count, 1, results.map(\.stderr).joined())
            for refused in results where refused.status != 0 {
                XCTAssertEqual(refused.status, 2)
                XCTAssertTrue(refused.stderr.contains("clashes with version") || refused.stderr == Self.busy, refused.stderr)
            }
        }
        XCTAssertEqual(try runGit(["fsck", "--strict", "--no-dangling"], in: store).status, 0)
    }

    func testSimultaneousCommitsEachLandOrReportBusy() throws {
        var landed: [Data] = []
        for round in 0..<3 {
            // Round 0 races to create the version's branch; later rounds race to extend it.
            landed += try commitSimultaneously("2021", round: round)
        }
        let stored = try originals(of: "2021")
        XCTAssertEqual(stored.count, landed.count)
        XCTAssertEqual(Set(stored), Set(landed))
        XCTAssertEqual(try runGit(["fsck", "--strict"], in: store).status, 0)
    }

    func testCommitReportsBusyWhileAnotherWriterHoldsTheWorkspace() throws {
        let holder = open(store.appendingPathComponent("audit.lock").path, O_RDWR)
        XCTAssertGreaterThanOrEqual(holder, 0)
        defer { close(holder) }
        XCTAssertEqual(flock(holder, LOCK_EX), 0)
        let file = try writeFile(Data("第一稿\n".utf8), named: "a.txt", in: root)
        let before = try snapshot(of: workspace)
        let started = Date()
        let result = try audit(["commit", "2021", file.path])
        XCTAssertGreaterThan(Date().timeIntervalSince(started), 5, "a writer waits for the lock before giving up")
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, Self.busy)
        XCTAssertEqual(try snapshot(of: workspace), before)
    }
}
