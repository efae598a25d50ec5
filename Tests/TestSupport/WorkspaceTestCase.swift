import Foundation
import XCTest

/// A test with its own scratch directory and an initialised workspace in it.
open class WorkspaceTestCase: XCTestCase {
    public var root: URL!
    public var workspace: URL!
    public var store: URL { workspace.appendingPathComponent("store.git") }

    override open func setUpWithError() throws {
        root = try makeTemporaryDirectory(for: self)
        workspace = root.appendingPathComponent("workspace")
        let initialised = try audit(["init"])
        XCTAssertEqual(initialised.status, 0, initialised.stderr)
    }

    /// Runs `audit <arguments> --workspace <this test's workspace>` from the scratch directory.
    public func audit(_ arguments: [String], environment: [String: String] = [:]) throws -> AuditResult {
        try AuditBinary.run(arguments + ["--workspace", workspace.path], environment: environment, in: root, scratch: root)
    }

    public func start(_ arguments: [String]) throws -> (process: Process, stdout: URL, stderr: URL) {
        try AuditBinary.start(arguments + ["--workspace", workspace.path], in: root, scratch: root)
    }

    /// Commits and asserts success; returns the one line `audit commit` printed.
    @discardableResult
    public func commit(_ version: String, _ file: URL, _ extra: [String] = [], line: UInt = #line) throws -> String {
        let result = try audit(["commit", version, file.path] + extra)
        XCTAssertEqual(result.status, 0, result.stderr, line: line)
        XCTAssertEqual(result.stderr, "", line: line)
        return result.output.trimmingCharacters(in: .newlines)
    }

    public func revisionCount(_ version: String) throws -> Int {
        let log = try runGit(["rev-list", "--count", "--first-parent", "refs/heads/\(version)"], in: store)
        return log.status == 0 ? Int(log.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1 : 0
    }
}
