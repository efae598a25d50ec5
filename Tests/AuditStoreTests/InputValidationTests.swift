import AuditStore
import Foundation
import Glibc
import TestSupport
import XCTest

/// Bad input is rejected with a precise error before anything is written.
final class InputValidationTests: XCTestCase {
    private var root: URL!
    private var workspace: Workspace!
    private var good: URL!

    override func setUpWithError() throws {
        root = try makeTemporaryDirectory(for: self)
        workspace = try Workspace.initialize(at: root.appendingPathComponent("workspace"))
        good = try writeFile(Data(sampleReportText.utf8), named: "2021.txt", in: root)
        _ = try workspace.commit(version: "2021", file: good, message: nil, author: nil)
    }

    private func assertRejected(
        version: String = "2021", file: URL? = nil, author: String? = nil,
        _ expected: AuditStoreError, line: UInt = #line
    ) throws {
        let before = try snapshot(of: workspace.directory)
        XCTAssertThrowsError(
            try workspace.commit(version: version, file: file ?? good, message: nil, author: author), line: line
        ) { error in
            XCTAssertEqual(error as? AuditStoreError, expected, line: line)
            XCTAssertFalse("\(error)".contains("\n"), line: line)
        }
        XCTAssertEqual(try snapshot(of: workspace.directory), before, "workspace changed", line: line)
    }

    func testMissingFile() throws {
        try assertRejected(file: root.appendingPathComponent("missing.txt"), .noSuchFile(path: root.appendingPathComponent("missing.txt").path))
    }

    func testDirectory() throws {
        try assertRejected(file: root, .isADirectory(path: root.path))
    }

    func testFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let fifo = root.appendingPathComponent("pipe.txt")
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        try assertRejected(file: fifo, .notARegularFile(path: fifo.path))
    }

    func testEmptyAndWhitespaceOnlyFiles() throws {
        let empty = try writeFile(Data(), named: "empty.txt", in: root)
        try assertRejected(file: empty, .emptyFile(path: empty.path))
        let blank = try writeFile(Data(" \n\t\r\n　\n".utf8), named: "blank.txt", in: root)
        try assertRejected(file: blank, .blankFile(path: blank.path))
    }

    func testBinaryAndUndecodableFiles() throws {
        let binary = try writeFile(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]), named: "image.png", in: root)
        try assertRejected(file: binary, .notText(path: binary.path, .nulByte(offset: 4)))
        let garbage = try writeFile(Data("abc".utf8) + Data([0xFF, 0xFE, 0xFD]), named: "garbage.txt", in: root)
        try assertRejected(file: garbage, .notText(path: garbage.path, .undecodable(offset: 3)))
    }

    func testFileOverTheSizeLimitIsRejectedWithoutReadingIt() throws {
        let huge = root.appendingPathComponent("huge.txt")
        XCTAssertTrue(FileManager.default.createFile(atPath: huge.path, contents: Data("a".utf8)))
        // A sparse file: its size is over the limit but it occupies no disk and reading it would yield NULs.
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: UInt64(64 << 20) + 1)
        try handle.close()
        try assertRejected(file: huge, .fileTooLarge(path: huge.path, size: (64 << 20) + 1, limit: 64 << 20))
    }

    func testBadVersionLabels() throws {
        for label in ["../x", "a b", "", String(repeating: "a", count: 65), "-x", ".x", "x/y/z", "/2024", "x/", "中文", "2021@1", "财政局/中文", "-x/2024", "财 政/2024", "财政局（本级）/2024", "\u{F900}/2024"] {
            try assertRejected(version: label, .badVersionLabel(label))
        }
        for label in ["a..b", "x.lock", "x.", "HEAD"] {
            try assertRejected(version: label, .versionLabelNotARefName(label))
        }
    }

    func testLongestLabelIsAccepted() throws {
        let label = String(repeating: "a", count: 64)
        XCTAssertEqual(try workspace.commit(version: label, file: good, message: nil, author: nil).revision.version, label)
    }

    func testBadAuthors() throws {
        for author in ["nobody", "Name <>", "<a@b>", "Name <a b@c>", "Name <a@b> trailing", "A <b> <c>"] {
            try assertRejected(author: author, .badAuthor(author))
        }
    }

    func testBadLabelMessageExplainsTheRule() {
        XCTAssertEqual(
            "\(AuditStoreError.badVersionLabel("../x"))",
            "bad version label '../x': use letters, digits, '.', '_' or '-', at most 64 characters, starting with a letter or digit, optionally after a department and '/' (财政局/2024: letters of any script, digits, '.', '_' or '-')"
        )
    }

    func testControlCharactersInNamesAreEscapedToKeepMessagesOnOneLine() {
        XCTAssertEqual(
            "\(AuditStoreError.unknownRef("a\nb\tc\u{7}", known: []))",
            "unknown ref 'a\\nb\\tc\\u{7}' (no versions stored yet)"
        )
    }
}
