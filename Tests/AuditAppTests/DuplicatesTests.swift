import AuditApp
import AuditStore
import CheckerKit
import Foundation
import XCTest

/// `dups` through the application layer: the engine runs the corpus checker, so audit.yml and
/// the child process apply as to any check.
final class DuplicatesTests: AppWorkspace {
    private var copies: [String] {
        get throws {
            let copy = directory.appendingPathComponent("copy.txt")
            if !FileManager.default.fileExists(atPath: copy.path) { try FileManager.default.copyItem(at: Self.report2021, to: copy) }
            return [Self.report2021.path, copy.path]
        }
    }

    func testTwoCopiesOfAReportShareParagraphsFoundInAChildProcess() throws {
        let (run, subject) = try FindDuplicates(configurationDirectory: workspace.directory).run(copies)
        XCTAssertEqual(subject.label, "2 reports")
        XCTAssertEqual(run.checkers.map(\.id), ["duplicate-narrative"])
        XCTAssertNil(run.checkers.first?.failure)
        XCTAssertFalse(run.findings.isEmpty)
        XCTAssertTrue(run.findings.allSatisfy { $0.ruleID == "duplicate-narrative.shared-across-reports" }, "\(Set(run.findings.map(\.ruleID)))")
        XCTAssertTrue(run.findings.contains { $0.level == .warning })
    }

    func testADisabledCheckerFindsNothing() throws {
        try writeConfiguration("checkers:\n  duplicate-narrative:\n    enabled: false\n")
        let (run, _) = try FindDuplicates(configurationDirectory: workspace.directory).run(copies)
        XCTAssertTrue(run.checkers.isEmpty)
        XCTAssertTrue(run.findings.isEmpty)
    }

    func testTheConfiguredLevelApplies() throws {
        try writeConfiguration("checkers:\n  duplicate-narrative:\n    level: error\n")
        let (run, _) = try FindDuplicates(configurationDirectory: workspace.directory).run(copies)
        XCTAssertTrue(run.findings.contains { $0.level == .error })
        XCTAssertFalse(run.findings.contains { $0.level == .warning })
    }

    func testFilesCommitRefusesAreRefusedTheSameWay() throws {
        let empty = directory.appendingPathComponent("empty.txt")
        let blank = directory.appendingPathComponent("blank.txt")
        try Data().write(to: empty)
        try Data(" \n\t\n".utf8).write(to: blank)
        for file in [empty, blank] {
            let dups = Result { try FindDuplicates(configurationDirectory: workspace.directory).run([file.path]) }
            let commit = Result { try workspace.commit(version: "2021", file: file, message: nil, author: Self.author) }
            XCTAssertThrowsError(try dups.get())
            XCTAssertEqual(String(describing: dups.error), String(describing: commit.error), file.lastPathComponent)
        }
        XCTAssertThrowsError(try FindDuplicates(configurationDirectory: workspace.directory).run([directory.appendingPathComponent("absent.txt").path])) {
            XCTAssertEqual($0 as? ApplicationError, .noSuchSource(self.directory.appendingPathComponent("absent.txt").path))
        }
    }
}

private extension Result {
    var error: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
