import Foundation
import TestSupport
import XCTest

/// A scratch directory with an initialised workspace, and the `audit` executable SwiftPM
/// built beside this test bundle.
class CLIWorkspace: XCTestCase {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sample = repository.appendingPathComponent("reports/shanwei-zsj/2021.txt")

    var root: URL!
    var workspace: URL { root.appendingPathComponent("workspace") }
    var store: URL { workspace.appendingPathComponent("store.git") }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("findings-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        XCTAssertEqual(try audit(["init"]).status, 0)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: root)
    }

    func audit(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try run(Bundle.main.bundleURL.appendingPathComponent("audit"), arguments + ["--workspace", workspace.path], environment: environment)
    }

    func git(_ arguments: [String]) throws -> Result {
        try run(URL(fileURLWithPath: "/usr/bin/env"), ["git", "--git-dir", store.path] + arguments)
    }

    /// Writes `text` to a file and commits it; asserts success.
    func commit(_ version: String, _ text: String, line: UInt = #line) throws {
        let file = root.appendingPathComponent("\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: file)
        let result = try audit(["commit", version, file.path, "--author", "Clerk <clerk@example.org>"])
        XCTAssertEqual(result.status, 0, result.stderr, line: line)
    }

    /// Commits a file of the repository (`reports/…`); asserts success.
    func commitFile(_ version: String, _ path: String, line: UInt = #line) throws {
        let result = try audit(["commit", version, Self.repository.appendingPathComponent(path).path, "--author", "Clerk <clerk@example.org>"])
        XCTAssertEqual(result.status, 0, result.stderr, line: line)
    }

    private func run(_ executable: URL, _ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["AUDIT_WORKSPACE"] = nil
        environment["AUDIT_AUTHOR"] = nil
        process.environment = AuditBinary.english(environment).merging(extra) { $1 }
        let stdout = root.appendingPathComponent("out-\(UUID().uuidString)")
        let stderr = root.appendingPathComponent("err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: stdout.path, contents: nil)
        FileManager.default.createFile(atPath: stderr.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: try String(contentsOf: stdout, encoding: .utf8),
            stderr: try String(contentsOf: stderr, encoding: .utf8)
        )
    }
}
