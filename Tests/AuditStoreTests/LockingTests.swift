import AuditStore
import Foundation
import Glibc
import TestSupport
import XCTest

final class LockingTests: XCTestCase {
    private var root: URL!
    private var workspace: Workspace!

    override func setUpWithError() throws {
        root = try makeTemporaryDirectory(for: self)
        workspace = try Workspace.initialize(at: root.appendingPathComponent("workspace"))
    }

    func testWriterGivesUpWithBusyWhileAnotherHoldsTheLock() throws {
        let file = try writeFile(Data(sampleReportText.utf8), named: "2021.txt", in: root)
        let holder = open(workspace.storeDirectory.appendingPathComponent("audit.lock").path, O_RDWR)
        XCTAssertGreaterThanOrEqual(holder, 0)
        XCTAssertEqual(flock(holder, LOCK_EX), 0)
        workspace.lockTimeout = 0.3
        let before = try snapshot(of: workspace.directory)
        let started = Date()
        XCTAssertThrowsError(try workspace.commit(version: "2021", file: file, message: nil, author: nil)) { error in
            XCTAssertEqual(error as? AuditStoreError, .busy)
            XCTAssertEqual("\(error)", "workspace busy, retry")
        }
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.3)
        XCTAssertEqual(try snapshot(of: workspace.directory), before)
        close(holder)
        XCTAssertEqual(try workspace.commit(version: "2021", file: file, message: nil, author: nil).revision.number, 1)
    }

    func testLockFilesLeftByAKilledWriterAreCleared() throws {
        let one = try writeFile(Data("一\n".utf8), named: "one.txt", in: root)
        let two = try writeFile(Data("二\n".utf8), named: "two.txt", in: root)
        _ = try workspace.commit(version: "2021", file: one, message: nil, author: nil)
        let store = workspace.storeDirectory
        let leftovers = [store.appendingPathComponent("refs/heads/2021.lock"), store.appendingPathComponent("HEAD.lock")]
        for leftover in leftovers { try Data("0000\n".utf8).write(to: leftover) }
        let revision = try workspace.commit(version: "2021", file: two, message: nil, author: nil).revision
        XCTAssertEqual(revision.number, 2)
        for leftover in leftovers { XCTAssertFalse(FileManager.default.fileExists(atPath: leftover.path)) }
        let fsck = try runGit(["fsck", "--strict"], in: store)
        XCTAssertEqual(fsck.status, 0, fsck.output)
    }

    func testSimultaneousWritersInOneProcessAllLand() throws {
        let writers = 4
        let files = try (0..<writers).map { try writeFile(Data("第\($0)稿\n".utf8), named: "\($0).txt", in: root) }
        let directory = workspace.directory
        var outcomes = [Result<CommitOutcome, Error>?](repeating: nil, count: writers)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: writers) { index in
            let result = Result { try Workspace.open(at: directory).commit(version: "2021", file: files[index], message: nil, author: nil) }
            lock.lock()
            outcomes[index] = result
            lock.unlock()
        }
        let numbers = try outcomes.map { try XCTUnwrap($0).get().revision.number }
        XCTAssertEqual(numbers.sorted(), Array(1...writers))
        let stored = try workspace.revisions(of: "2021").map { try workspace.text(of: $0) }
        XCTAssertEqual(Set(stored), Set((0..<writers).map { "第\($0)稿\n" }))
    }
}
