import AuditApp
import AuditEngine
import AuditStore
import CheckerKit
import FindingsModel
import FindingsStore
import Foundation
import Git
import XCTest

/// A fresh workspace in a temporary directory, with helpers to commit report text and record
/// its findings as `audit commit` does.
final class StoreFixture {
    let directory: URL
    let workspace: Workspace
    let checks: RevisionChecks

    init(checkers: [any Checker.Type] = [MarkerChecker.self]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("findings-\(UUID().uuidString)")
        workspace = try Workspace.initialize(at: directory.appendingPathComponent("workspace"))
        checks = try RevisionChecks(workspace: workspace, engine: Engine(checkers: checkers))
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Commits `sentences` as the next revision of `version`, one sentence per line.
    func commit(_ version: String, _ sentences: [String]) throws -> Revision {
        let file = directory.appendingPathComponent("\(version)-\(UUID().uuidString).txt")
        try Data(sentences.map { $0 + "。\n" }.joined().utf8).write(to: file)
        let outcome = try workspace.commit(version: version, file: file, message: nil, author: "Tester <tester@example.org>")
        return outcome.revision
    }

    /// Commits and records findings, as `audit commit` does.
    func commitRecording(_ version: String, _ sentences: [String]) throws -> Revision {
        let revision = try commit(version, sentences)
        try checks.record(revision, by: try workspace.signature(named: "Tester <tester@example.org>"))
        return revision
    }

    /// Another checker set over the same workspace: the same store, different checkers.
    func checks(with checkers: [any Checker.Type]) throws -> RevisionChecks {
        try RevisionChecks(workspace: workspace, engine: Engine(checkers: checkers))
    }
}
