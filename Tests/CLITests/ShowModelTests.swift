import Foundation
import TestSupport
import XCTest

/// `audit show --json` and `--outline` print the parsed model of a stored revision.
final class ShowModelTests: WorkspaceTestCase {
    func testJSONCarriesTablesWithExactValuesAsStrings() throws {
        try commit("2021", sampleReport)
        let result = try audit(["show", "2021", "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let tables = try XCTUnwrap(json["tables"] as? [[String: Any]])
        XCTAssertEqual(tables.filter { ($0["kind"] as? String) != "other" }.count, 9)
        XCTAssertTrue(result.output.contains("\"value\" : \"12061.03\""))
        XCTAssertEqual(try audit(["show", "2021", "--json"]).output, result.output, "the model is deterministic")
    }

    /// The model is parsed once, at commit, and cached beside the store for show, check and diff.
    func testCommitCachesTheParsedModelOutsideTheRevision() throws {
        try commit("2021", sampleReport)
        let names = try runGit(["ls-tree", "--name-only", "refs/heads/2021"], in: store).output
        XCTAssertEqual(names, "meta.json\noriginal\ntext.txt\n")
        let textID = try runGit(["rev-parse", "refs/heads/2021:text.txt"], in: store).output.trimmingCharacters(in: .newlines)
        let model = try Data(contentsOf: workspace.appendingPathComponent("cache/\(textID)/model.bin"))
        // The archive, in an envelope that names the text it was parsed from.
        XCTAssertTrue(model.starts(with: Data("audit-derived 1\n\(textID)\naudit-model\n".utf8)))
        let loaded = try audit(["show", "2021", "--json"])
        try FileManager.default.removeItem(at: workspace.appendingPathComponent("cache"))
        let parsed = try audit(["show", "2021", "--json"])
        XCTAssertEqual(loaded.status, 0, loaded.stderr)
        XCTAssertEqual(loaded.output, parsed.output, "the cached model is the parse of the text")
    }

    /// The cache is an optimisation: one that cannot be written or read costs time, never a result.
    func testAnUnusableCacheOnlyCostsAParse() throws {
        try Data("not a directory".utf8).write(to: workspace.appendingPathComponent("cache"))
        try commit("2021", sampleReport)
        let shown = try audit(["show", "2021", "--json"])
        XCTAssertEqual(shown.status, 0, shown.stderr)
        XCTAssertEqual(shown.stderr, "")
        XCTAssertTrue(shown.output.contains("\"value\" : \"12061.03\""))
    }

    func testOutlineListsHeadingsAndTables() throws {
        try commit("2021", sampleReport)
        let result = try audit(["show", "2021@1", "--outline"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.output.contains("第三部分 汕尾市政务服务数据管理局2021年部门决算情况说明"))
        XCTAssertTrue(result.output.contains("表8 政府性基金预算财政拨款收入支出决算表"))
        XCTAssertTrue(result.output.contains("(empty: 本表本年度无发生额。)"))
    }

    func testViewsExcludeEachOther() throws {
        try commit("2021", sampleReport)
        let result = try audit(["show", "2021", "--json", "--outline"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
    }
}
