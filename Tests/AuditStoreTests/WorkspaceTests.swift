import AuditStore
import Foundation
import TestSupport
import XCTest

final class WorkspaceTests: XCTestCase {
    func testInitializeCreatesMissingDirectoriesAndABareStore() throws {
        let directory = try makeTemporaryDirectory(for: self).appendingPathComponent("a/b/workspace")
        let workspace = try Workspace.initialize(at: directory)
        XCTAssertEqual(workspace.storeDirectory, directory.appendingPathComponent("store.git", isDirectory: true))
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("store.git/HEAD").path))
        XCTAssertEqual(try workspace.versions(), [])
    }

    func testInitializeIsIdempotentAndKeepsStoredRevisions() throws {
        let root = try makeTemporaryDirectory(for: self)
        let directory = root.appendingPathComponent("workspace")
        let file = try writeFile(Data(sampleReportText.utf8), named: "2021.txt", in: root)
        _ = try Workspace.initialize(at: directory).commit(version: "2021", file: file, message: nil, author: nil)
        let before = try snapshot(of: directory)
        let again = try Workspace.initialize(at: directory)
        XCTAssertEqual(try again.revisions(of: "2021").count, 1)
        XCTAssertEqual(try snapshot(of: directory), before)
    }

    func testInitializeOnAFileFails() throws {
        let file = try writeFile(Data("x".utf8), named: "plain", in: try makeTemporaryDirectory(for: self))
        XCTAssertThrowsError(try Workspace.initialize(at: file)) { error in
            XCTAssertEqual(error as? AuditStoreError, .notADirectory(path: file.path))
        }
    }

    func testOpeningADirectoryWithoutAStoreFailsAndCreatesNothing() throws {
        let directory = try makeTemporaryDirectory(for: self)
        try Data("notes".utf8).write(to: directory.appendingPathComponent("notes.txt"))
        let before = try snapshot(of: directory)
        XCTAssertThrowsError(try Workspace.open(at: directory)) { error in
            XCTAssertEqual(error as? AuditStoreError, .notAWorkspace(path: directory.path))
            XCTAssertEqual(
                "\(error)",
                "not an audit workspace: \(directory.path) (run 'audit init --workspace \(directory.path)')"
            )
        }
        XCTAssertEqual(try snapshot(of: directory), before)
    }

    func testOpeningAMissingDirectoryFailsWithoutCreatingIt() throws {
        let directory = try makeTemporaryDirectory(for: self).appendingPathComponent("missing")
        XCTAssertThrowsError(try Workspace.open(at: directory)) { error in
            XCTAssertEqual(error as? AuditStoreError, .notAWorkspace(path: directory.path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.path))
    }

    func testOpeningAStoreDirectoryThatIsNotARepositoryFails() throws {
        let directory = try makeTemporaryDirectory(for: self)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("store.git"), withIntermediateDirectories: true)
        XCTAssertThrowsError(try Workspace.open(at: directory)) { error in
            XCTAssertEqual(error as? AuditStoreError, .notAWorkspace(path: directory.path))
        }
    }
}
