import AuditApp
import AuditStore
import Foundation
import TestSupport
import XCTest

/// `commit --batch`'s map and proposals, and `summary`, through the application layer.
final class BatchTests: AppWorkspace {
    private func map(_ text: String) throws -> LabelMap {
        let file = directory.appendingPathComponent("labels.csv")
        try Data(text.utf8).write(to: file)
        return try LabelMap.load(file)
    }

    /// As a spreadsheet saves it: a BOM, a header, quoted fields with commas and doubled
    /// quotes, CRLF line ends, blanks around fields, an empty line at the end.
    func testMapReadsWhatSpreadsheetsWrite() throws {
        let read = try map("\u{FEFF}File,Department,Year\r\n\"a, b.pdf\" , \"财政局\",2024\r\nc\"\".txt,,\r\n\"d\"\"e.txt\",czj,2023\r\n\r\n")
        XCTAssertEqual(read.rows, [
            "a, b.pdf": LabelMap.Row(department: "财政局", year: "2024"),
            "c\"\".txt": LabelMap.Row(department: nil, year: nil),
            "d\"e.txt": LabelMap.Row(department: "czj", year: "2023"),
        ])
        XCTAssertEqual(try map("x.pdf,czj,2024").rows.count, 1, "no header needed")
    }

    /// The seed's department and year come from its part headings; the constructed 2020 reads
    /// the same, and the map tells them apart. Proposing writes nothing.
    func testProposalsComeFromTheReportAndTheMapOverridesThem() throws {
        let folder = directory.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.report2021, to: folder.appendingPathComponent("a.txt"))
        try FileManager.default.copyItem(at: Self.report2020, to: folder.appendingPathComponent("b.txt"))
        let before = try snapshot(of: workspace.directory)
        let read = try BatchCommit(workspace: workspace).propose(folder)
        XCTAssertEqual(read.map(\.department), ["汕尾市政务服务数据管理局", "汕尾市政务服务数据管理局"])
        XCTAssertEqual(read.map(\.year), ["2021", "2021"])
        XCTAssertTrue(read.allSatisfy { $0.skipped?.contains("is also what") == true })
        let mapped = try BatchCommit(workspace: workspace).propose(folder, map: map("b.txt,,2020\n"))
        XCTAssertEqual(mapped.map(\.label), ["汕尾市政务服务数据管理局/2021", "汕尾市政务服务数据管理局/2020"])
        XCTAssertEqual(mapped.map(\.mapped), [false, true])
        XCTAssertEqual(try snapshot(of: workspace.directory), before)

        // Stored oldest first, so the 2021 is checked against its 2020 at commit.
        let stored = BatchCommit(workspace: workspace).commit(mapped, message: nil, author: Self.author)
        XCTAssertEqual(stored.compactMap { $0.stored?.commit.revision.ref }, ["汕尾市政务服务数据管理局/2021@1", "汕尾市政务服务数据管理局/2020@1"])
        let rows = try SummarizeSeason(workspace: workspace).run()
        XCTAssertEqual(rows.map(\.revision), ["汕尾市政务服务数据管理局/2020@1", "汕尾市政务服务数据管理局/2021@1"])
        XCTAssertEqual(rows[1].previous, "汕尾市政务服务数据管理局/2020@1")
        XCTAssertEqual(rows[1].errors, 2)
        XCTAssertEqual(rows[1].warnings, 13, "the seed's 11 and the two prior-year claims 2020's 表1 contradicts")
    }
}
