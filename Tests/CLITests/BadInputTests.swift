import Foundation
import Glibc
import TestSupport
import XCTest

/// Every bad input ends with one line on stderr, exit status 2, and the workspace untouched.
final class BadInputTests: WorkspaceTestCase {
    private var good: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        good = try writeFile(Data("第一稿\n".utf8), named: "good.txt", in: root)
        try commit("2021", good)
    }

    func assertRejected(_ arguments: [String], message: String? = nil, prefix: String? = nil, line: UInt = #line) throws {
        let before = try snapshot(of: workspace)
        let result = try audit(arguments)
        XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)", line: line)
        XCTAssertEqual(result.stderrLines.count, 1, "\(arguments): \(result.stderr)", line: line)
        XCTAssertTrue(result.stderr.hasPrefix("audit: "), result.stderr, line: line)
        XCTAssertEqual(result.stdout, Data(), line: line)
        if let message { XCTAssertEqual(result.stderr, "audit: \(message)\n", line: line) }
        if let prefix { XCTAssertTrue(result.stderr.hasPrefix("audit: \(prefix)"), result.stderr, line: line) }
        XCTAssertEqual(try snapshot(of: workspace), before, "workspace changed by \(arguments)", line: line)
    }

    func testMissingFile() throws {
        try assertRejected(["commit", "2021", "reports/x.txt"], message: "no such file: reports/x.txt")
        try assertRejected(["commit", "2021", "two\nlines.txt"], message: "no such file: two\\nlines.txt")
    }

    func testDirectory() throws {
        try assertRejected(["commit", "2021", root.path], message: "is a directory, not a file: \(root.path)")
    }

    /// A FIFO would block a reader until some writer opened it; it is refused at once.
    func testFIFO() throws {
        let fifo = root.appendingPathComponent("pipe.txt")
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        let started = Date()
        try assertRejected(["commit", "2021", fifo.path], message: "not a regular file: \(fifo.path)")
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
    }

    func testEmptyFiles() throws {
        try writeFile(Data(), named: "empty.txt", in: root)
        try assertRejected(["commit", "2021", "empty.txt"], message: "empty file: empty.txt")
        try writeFile(Data(" \r\n\n\t".utf8), named: "blank.txt", in: root)
        try assertRejected(["commit", "2021", "blank.txt"], message: "empty file: blank.txt holds only whitespace")
    }

    func testBinaryFiles() throws {
        try writeFile(Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]), named: "program", in: root)
        try assertRejected(["commit", "2021", "program"], message: "not text: program (binary: NUL byte at offset 6)")
        try writeFile(Data("表1 ".utf8) + Data([0x80, 0xFF, 0x41]), named: "garbled.txt", in: root)
        try assertRejected(["commit", "2021", "garbled.txt"], message: "not text: garbled.txt (undecodable bytes at offset 5)")
    }

    /// A sparse file one byte over the limit, starting with `start`, rejected before it is read.
    func assertOverSixtyFourMiBRejected(named name: String, start: Data = Data(), line: UInt = #line) throws {
        let huge = try writeFile(start, named: name, in: root)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: UInt64(64 << 20) + 1)
        try handle.close()
        try assertRejected(
            ["commit", "2021", name],
            message: "file too large: \(name) is 67108865 bytes, the limit is 67108864 bytes (64 MiB)", line: line
        )
    }

    func testFileOverSixtyFourMiB() throws {
        try assertOverSixtyFourMiBRejected(named: "huge.txt")
    }

    func testBadLabels() throws {
        let rule = "use letters, digits, '.', '_' or '-', at most 64 characters, starting with a letter or digit,"
            + " optionally after a department and '/' (财政局/2024: letters of any script, digits, '.', '_' or '-')"
        for label in ["../x", "a b", "", String(repeating: "7", count: 65)] {
            try assertRejected(["commit", label, good.path], message: "bad version label '\(label)': \(rule)")
        }
        for label in ["a..b", "x.lock", "x.", "HEAD"] {
            try assertRejected(["commit", label, good.path], prefix: "bad version label '\(label)': git cannot name a branch so")
        }
        try assertRejected(["commit", "a\nb", good.path], message: "bad version label 'a\\nb': \(rule)")
    }

    func testBadAuthor() throws {
        try assertRejected(["commit", "2021", good.path, "--author", "just a name"], message: "bad author 'just a name': use \"Name <email>\"")
    }

    func testUnknownRefs() throws {
        try assertRejected(["show", "2019"], message: "unknown ref '2019' (known versions: 2021)")
        try assertRejected(["show", "2021@9"], message: "unknown ref '2021@9': 2021 has 1 revision")
        try assertRejected(["show", "deadbeef", "--raw"], message: "unknown ref 'deadbeef' (known versions: 2021)")
        try assertRejected(["log", "2019"], message: "unknown ref '2019' (known versions: 2021)")
        try assertRejected(["show", "20\n21"], message: "unknown ref '20\\n21' (known versions: 2021)")
    }

    func testUsageErrorsAreOneLineWithStatusTwo() throws {
        try assertRejected(["commit", "2021"], prefix: "Missing expected argument")
        try assertRejected(["show"], prefix: "Missing expected argument")
        try assertRejected(["log", "--frobnicate"], prefix: "Unknown option")
        try assertRejected(["frobnicate"], prefix: "Unexpected argument")
    }

    func testDirectoryThatIsNotAWorkspace() throws {
        let plain = root.appendingPathComponent("plain")
        try FileManager.default.createDirectory(at: plain, withIntermediateDirectories: true)
        try writeFile(Data("x".utf8), named: "notes.txt", in: plain)
        let missing = root.appendingPathComponent("missing")
        for directory in [plain, missing] {
            let before = try snapshot(of: directory)
            for command in [["commit", "2021", good.path], ["log"], ["show", "2021"]] {
                let result = try AuditBinary.run(command + ["--workspace", directory.path], in: root, scratch: root)
                XCTAssertEqual(result.status, 2)
                XCTAssertEqual(
                    result.stderr,
                    "audit: not an audit workspace: \(directory.path) (run 'audit init --workspace \(directory.path)')\n"
                )
            }
            XCTAssertEqual(try snapshot(of: directory), before)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing.path))
    }
}
