import Foundation
import TestSupport
import XCTest

/// A store damaged by hand or by another tool: each command names what is broken in one line
/// and exits 2; a writer checks the store before it writes, so it leaves it as it was.
final class BrokenStoreTests: FaultWorkspace {
    static let versionCommands = [
        ["log"], ["log", "2021"], ["show", "2020"], ["show", "2021"], ["show", "2021", "--json"], ["diff", "2020", "2021"],
        ["check", "2021"], ["findings", "2021"], ["history", "abcd"], ["report", "2021", "--output", "review.html"],
    ]

    override func setUpWithError() throws {
        try super.setUpWithError()
        try commit("2020", text: "2020年度报告。\n一般公共预算财政拨款支出100万元。\n")
        try commit("2021", text: "2021年度报告。\n一般公共预算财政拨款支出120万元。\n")
    }

    private var branch2020: URL { store.appendingPathComponent("refs/heads/2020") }

    /// Once, `audit check 2021 --output WS/store.git/refs/heads/2020` overwrote the ref with a
    /// report, and `audit log` then listed 2021 alone, exit 0.
    func testABranchRefOverwrittenWithOtherTextIsNamedByEveryCommand() throws {
        try Data("Findings in 2021@1\n\nno findings\n".utf8).write(to: branch2020)
        assertEveryCommandFails(with: "audit: version '2020': branch ref refs/heads/2020 is broken (corrupted loose reference file: refs/heads/2020)\n")
    }

    func testAnEmptyBranchRefIsNamedByEveryCommand() throws {
        try Data().write(to: branch2020)
        assertEveryCommandFails(with: "audit: version '2020': branch ref refs/heads/2020 is broken (corrupted loose reference file: refs/heads/2020)\n")
    }

    func testABranchRefNamingAMissingCommitIsNamedByEveryCommand() throws {
        let missing = String(repeating: "0123456789", count: 4)
        try Data((missing + "\n").utf8).write(to: branch2020)
        assertEveryCommandFails(with: "audit: version '2020': branch ref refs/heads/2020 is broken (it points at \(missing), which is not in the store)\n")
    }

    /// A symbolic branch ref made commit retry its compare-and-swap and say "workspace busy".
    func testASymbolicBranchRefIsNamedNotReportedAsBusy() throws {
        try Data("ref: refs/heads/2021\n".utf8).write(to: branch2020)
        let message = "audit: version '2020': branch ref refs/heads/2020 is broken (it is a symbolic ref to refs/heads/2021, not a branch of its own)\n"
        assertEveryCommandFails(with: message)
        let before = try snapshot(of: workspace)
        let file = try writeFile(Data("2020年度报告（修订）。\n".utf8), named: "next.txt", in: root)
        let commit = try audit(["commit", "2020", file.path])
        XCTAssertEqual(commit.status, 2)
        XCTAssertEqual(commit.stderr, message)
        XCTAssertEqual(try snapshot(of: workspace), before)
    }

    /// libgit2 reads HEAD, the configuration and packed-refs only when a writer first needs
    /// them, which used to be after the commit's objects were written.
    func testADamagedHeadConfigOrPackedRefsStopsAWriterBeforeItWritesAnything() throws {
        try commit("2019", text: sampleText)
        let id = try XCTUnwrap(try findingIDs("2019").first)
        let pristine = try snapshot(of: store)
        let file = try writeFile(Data("2021年度报告（修订）。\n".utf8), named: "next.txt", in: root)
        for name in ["HEAD", "config", "packed-refs"] {
            let path = store.appendingPathComponent(name)
            let original = try? Data(contentsOf: path)
            try Data("garbage \u{1} [[[ \n".utf8).write(to: path)
            let before = try snapshot(of: workspace)
            for writer in [["commit", "2021", file.path], ["triage", id, "--status", "accepted", "--reason", "r"]] {
                let result = try audit(writer)
                XCTAssertEqual(result.status, 2, "\(name) \(writer[0])")
                XCTAssertEqual(result.stderrLines.count, 1, "\(name) \(writer[0]): \(result.stderr)")
                XCTAssertEqual(try snapshot(of: workspace), before, "\(name) \(writer[0]) wrote into a damaged store")
            }
            let commit = try audit(["commit", "2021", file.path])
            XCTAssertTrue(commit.stderr.hasPrefix("audit: damaged store: store.git/\(name) cannot be read ("), commit.stderr)
            if let original { try original.write(to: path) } else { try FileManager.default.removeItem(at: path) }
        }
        XCTAssertEqual(try snapshot(of: store), pristine)
    }

    /// libgit2 1.5 inflating a truncated loose object loops forever (libgit2 issue 7342): `audit
    /// log` hung at 100% CPU. Found by StoreCorruptionTests.
    func testATruncatedLooseObjectIsAnErrorNotAHang() throws {
        let tip = try git(["rev-parse", "refs/heads/2021"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let object = store.appendingPathComponent("objects/\(tip.prefix(2))/\(tip.dropFirst(2))")
        let bytes = try Data(contentsOf: object)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: object.path)
        try bytes.prefix(bytes.count / 2).write(to: object)
        let started = Date()
        let log = try audit(["log"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertEqual(log.status, 2)
        XCTAssertEqual(log.stderr, "audit: read object \(tip): its loose object file is truncated or damaged\n")
    }

    /// HEAD read fine as a symbolic ref with garbage after its line, but its target name did not:
    /// the commit stored its revision, then failed reading HEAD. Found by StoreCorruptionTests.
    func testGarbageAfterHeadsLineStopsACommitBeforeItWrites() throws {
        let head = store.appendingPathComponent("HEAD")
        try (try Data(contentsOf: head) + Data([0x8f, 0x24, 0x0a, 0x69])).write(to: head)
        let before = try snapshot(of: workspace)
        let file = try writeFile(Data("2021年度报告（修订）。\n".utf8), named: "next.txt", in: root)
        let commit = try audit(["commit", "2021", file.path])
        XCTAssertEqual(commit.status, 2)
        XCTAssertTrue(commit.stderr.hasPrefix("audit: damaged store: store.git/HEAD cannot be read ("), commit.stderr)
        XCTAssertEqual(try snapshot(of: workspace), before)
    }

    private func assertEveryCommandFails(with message: String, line: UInt = #line) {
        for command in Self.versionCommands {
            guard let result = XCTAssertNoThrowResult(try audit(command)) else { continue }
            XCTAssertEqual(result.status, 2, "\(command)", line: line)
            XCTAssertEqual(result.output, "", "\(command)", line: line)
            XCTAssertEqual(result.stderr, message, "\(command)", line: line)
        }
    }
}

private func XCTAssertNoThrowResult<T>(_ expression: @autoclosure () throws -> T) -> T? {
    do {
        return try expression()
    } catch {
        XCTFail("\(error)")
        return nil
    }
}
