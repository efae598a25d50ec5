import AuditApp
import AuditStore
import FindingsStore
import Foundation
import XCTest

/// `commit`, `log` and `show` through the application layer.
final class StoringTests: AppWorkspace {
    func testStoringARevisionRecordsTheFindingsACheckFindsNow() throws {
        let outcome = try store("2021", Self.report2021)
        guard case .created(let revision) = outcome.commit else { return XCTFail("not stored: \(outcome.commit)") }
        XCTAssertNil(outcome.notice)
        XCTAssertNil(outcome.warning)
        guard case .recorded(let record) = try FindingsRecords(workspace: workspace).lookup(revision) else {
            return XCTFail("no findings recorded for \(revision.ref)")
        }
        let now = try CheckRevision(workspace: workspace).run("2021").reviewed.run
        XCTAssertFalse(record.run.findings.isEmpty)
        XCTAssertEqual(record.run.findings.map(\.fingerprint), now.findings.map(\.fingerprint))
    }

    func testStoringTheSameFileAgainStoresNothing() throws {
        try store("2021", Self.report2021)
        let again = try store("2021", Self.report2021)
        guard case .unchanged(let revision) = again.commit else { return XCTFail("stored again: \(again.commit)") }
        XCTAssertEqual(revision.number, 1)
        XCTAssertEqual(try ListRevisions(workspace: workspace).run("2021").count, 1)
    }

    func testListRevisionsGivesEveryVersionOldestFirst() throws {
        try store("2020", Self.report2020)
        try store("2021", Self.report2021)
        let revisions = try ListRevisions(workspace: workspace).run()
        XCTAssertEqual(revisions.map(\.ref), ["2020@1", "2021@1"])
        XCTAssertEqual(revisions.map(\.author), ["Tester", "Tester"])
        XCTAssertEqual(try ListRevisions(workspace: workspace).run("2020").map(\.ref), ["2020@1"])
    }

    func testShowRevisionGivesTheStoredTextAndTheOriginalBytes() throws {
        try store("2021", Self.report2021)
        let original = try Data(contentsOf: Self.report2021)
        XCTAssertEqual(try ShowRevision(workspace: workspace).run("2021", view: .raw), original)
        XCTAssertEqual(try ShowRevision(workspace: workspace).run("2021@1", view: .text), original)
        let outline = String(decoding: try ShowRevision(workspace: workspace).run("2021", view: .outline), as: UTF8.self)
        XCTAssertTrue(outline.contains("表"), outline)
    }
}

/// `OutputFile`: whole files, never inside a store, however the path reaches it.
final class OutputFileTests: AppWorkspace {
    func testAFileOutsideTheStoreIsWrittenWhole() throws {
        let file = directory.appendingPathComponent("report.md")
        try OutputFile.write(Data("# 审计\n".utf8), to: file.path, outside: [workspace.storeDirectory])
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "# 审计\n")
    }

    func testAPathIntoTheStoreIsRefusedThroughALink() throws {
        try store("2021", Self.report2021)
        let link = directory.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: workspace.storeDirectory)
        let head = try Data(contentsOf: workspace.storeDirectory.appendingPathComponent("refs/heads/2021"))
        for path in [link.appendingPathComponent("refs/heads/2021").path, workspace.storeDirectory.path, workspace.storeDirectory.appendingPathComponent("new").path] {
            XCTAssertThrowsError(try OutputFile.write(Data("x".utf8), to: path, outside: [workspace.storeDirectory]), path) {
                guard case .outputInsideStore = $0 as? ApplicationError else { return XCTFail("\($0)") }
            }
        }
        XCTAssertEqual(try Data(contentsOf: workspace.storeDirectory.appendingPathComponent("refs/heads/2021")), head)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.storeDirectory.appendingPathComponent("new").path))
    }
}
