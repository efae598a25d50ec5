import Foundation
import TestSupport
import XCTest

/// How the engine turns an external checker's places (paragraph, table cell, line) and
/// evidence into findings, against the sample report as the model document gives it.
final class ExternalLocationTests: ExternalCheckerTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try commit("2021", sampleReport)
        try writeChecks("places.py", """
            import json, sys
            model = json.load(sys.stdin)
            cell = model["tables"][0]["sides"][0]["rows"][0]["cells"][0]
            finding = lambda location, **extra: dict(rule="places.rule", message="m", locations=[location], **extra)
            json.dump({"schemaVersion": 1, "rules": [{"id": "places.rule", "name": "n", "summary": "s", "level": "note"}], "findings": [
                finding({"table": 0, "side": 0, "row": 0, "column": 0}, evidence={"expected": "20864.00", "actual": cell["amount"]["value"]}),
                finding({"paragraph": 5}),
                finding({"line": 27, "column": 3}),
                finding({"table": 0, "logical": "my own place"}, level="error"),
            ], "identitiesChecked": 4}, sys.stdout)

            """)
        try writeConfiguration("external-checkers:\n  places:\n    command: [python3, checks/places.py]\n    version: \"1\"\n")
    }

    func testPlacesBecomeSpansAndLogicalLocations() throws {
        let findings = try checkJSON("2021").findings(of: "places.rule")
        XCTAssertEqual(findings.count, 4)
        let logical = findings.map { (($0["locations"] as? [[String: Any]])?.first?["logical"] as? String) ?? "" }
        // 表1's first income row, 一、一般公共预算财政拨款收入 20,864.64 under 决算数, on line 89.
        XCTAssertEqual(logical[0], "表1 / 收入 / 一、一般公共预算财政拨款收入 / 决算数")
        XCTAssertEqual(span(findings[0]), [89, 18, 89, 27])
        // Paragraph 5 (lines 27-29) opens （五）统筹协调市级部门业务应用系统建设 under line 3's 一、部门 主要职责;
        // the logical place quotes its first 16 characters.
        XCTAssertEqual(logical[1], "一、部门主要职责 / «（五）统筹协调市级部门业务应用系…»")
        XCTAssertEqual(span(findings[1]), [27, 1, 29, 29])
        XCTAssertEqual(logical[2], logical[1], "a line is named by the paragraph holding it")
        XCTAssertEqual(span(findings[2]), [27, 3, 27, 4])
        XCTAssertEqual(logical[3], "my own place")
        XCTAssertEqual(findings.map { $0["level"] as? String }, ["note", "note", "note", "error"])

        let evidence = try XCTUnwrap(findings[0]["evidence"] as? [String: [String: String]])
        // 20864.64 − 20864.00 = 0.64, computed by the engine from the two decimals.
        XCTAssertEqual(evidence["difference"]?["value"], "0.64")
        XCTAssertEqual(evidence["tolerance"]?["value"], "0")
    }

    private func span(_ finding: [String: Any]) -> [Int] {
        let span = (finding["locations"] as? [[String: Any]])?.first?["span"] as? [String: Int] ?? [:]
        return ["startLine", "startColumn", "endLine", "endColumn"].map { span[$0] ?? -1 }
    }
}
