import AuditStore
import Foundation
import TestSupport
import XCTest

/// Labels with a department (`财政局/2024`, `czj/2024`): branches in a directory per department,
/// judged by the git CLI, and refused where git would keep a file and a directory of one name.
final class DepartmentLabelTests: XCTestCase {
    private var root: URL!
    private var workspace: Workspace!
    private var report: URL!
    private var store: URL { workspace.storeDirectory }

    override func setUpWithError() throws {
        root = try makeTemporaryDirectory(for: self)
        workspace = try Workspace.initialize(at: root.appendingPathComponent("workspace"))
        report = try writeFile(Data(sampleReportText.utf8), named: "2021.txt", in: root)
    }

    func testChineseAndLatinDepartmentsAreBranchesInADirectoryEach() throws {
        for label in ["财政局/2024", "财政局/2023", "czj/2024", "中共上海市普陀区委社会工作部/2024.draft"] {
            XCTAssertEqual(try workspace.commit(version: label, file: report, message: nil, author: nil).revision.version, label)
        }
        // On disk: a directory named in UTF-8 holding one ref file per version.
        let directory = store.appendingPathComponent("refs/heads/财政局")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted(), ["2023", "2024"])
        XCTAssertEqual(Array("财政局".utf8), [0xE8, 0xB4, 0xA2, 0xE6, 0x94, 0xBF, 0xE5, 0xB1, 0x80])
        let listed = try runGit(["for-each-ref", "--format=%(refname)", "refs/heads/"], in: store)
        XCTAssertEqual(listed.status, 0, listed.output)
        XCTAssertEqual(
            Set(listed.output.split(separator: "\n").map(String.init)),
            ["refs/heads/财政局/2024", "refs/heads/财政局/2023", "refs/heads/czj/2024", "refs/heads/中共上海市普陀区委社会工作部/2024.draft"]
        )
        XCTAssertEqual(try runGit(["fsck", "--strict"], in: store).status, 0)
        XCTAssertEqual(Set(try workspace.versions()), ["财政局/2023", "财政局/2024", "czj/2024", "中共上海市普陀区委社会工作部/2024.draft"])
        XCTAssertEqual(try workspace.resolve("财政局/2024@1").ref, "财政局/2024@1")
    }

    /// After `git pack-refs` the department's refs live in packed-refs, not in a directory:
    /// still listed, still clashing with a bare version of the department's name.
    func testPackedDepartmentRefsAreStillVersions() throws {
        _ = try workspace.commit(version: "czj/2024", file: report, message: nil, author: nil)
        XCTAssertEqual(try runGit(["pack-refs", "--all", "--prune"], in: store).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.appendingPathComponent("refs/heads/czj/2024").path))
        XCTAssertEqual(try workspace.versions(), ["czj/2024"])
        try assertRefused("czj", .versionLabelClash("czj", existing: "czj/2024"))
        XCTAssertEqual(try workspace.commit(version: "czj/2025", file: report, message: nil, author: nil).revision.ref, "czj/2025@1")
    }

    func testParts() {
        XCTAssertEqual(VersionLabel.parts(of: "财政局/2024").department, "财政局")
        XCTAssertEqual(VersionLabel.parts(of: "财政局/2024").version, "2024")
        XCTAssertNil(VersionLabel.parts(of: "2024").department)
        XCTAssertEqual(VersionLabel.label(department: "czj", version: "2023"), "czj/2023")
        XCTAssertEqual(VersionLabel.label(department: nil, version: "2023"), "2023")
    }

    /// `2024` then `2024/x`: git would need refs/heads/2024 as a file and as a directory.
    func testADepartmentCannotShareItsNameWithABareVersion() throws {
        _ = try workspace.commit(version: "2024", file: report, message: nil, author: nil)
        try assertRefused("2024/x", .versionLabelClash("2024/x", existing: "2024"))
        _ = try workspace.commit(version: "czj/2024", file: report, message: nil, author: nil)
        try assertRefused("czj", .versionLabelClash("czj", existing: "czj/2024"))
        try assertRefused("2024/2024", .versionLabelClash("2024/2024", existing: "2024"))
        // The version inside a department may be spelled like a department elsewhere.
        XCTAssertEqual(try workspace.commit(version: "x/czj", file: report, message: nil, author: nil).revision.version, "x/czj")
    }

    private func assertRefused(_ label: String, _ expected: AuditStoreError, line: UInt = #line) throws {
        let before = try snapshot(of: workspace.directory)
        XCTAssertThrowsError(try workspace.commit(version: label, file: report, message: nil, author: nil), line: line) { error in
            XCTAssertEqual(error as? AuditStoreError, expected, line: line)
        }
        XCTAssertEqual(try snapshot(of: workspace.directory), before, "workspace changed", line: line)
    }
}
