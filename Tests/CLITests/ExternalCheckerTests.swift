import Foundation
import TestSupport
import XCTest

/// The example external checker (Plugins/Examples/table_references.py) end to end: its
/// findings in every output, recorded at commit, triaged and in the reviewer report.
final class ExternalCheckerTests: ExternalCheckerTestCase {
    private let message = "«详见表12» cites 表12, but the report's tables are 表1–表9: the table is missing or the number is wrong"

    override func setUpWithError() throws {
        try super.setUpWithError()
        try installExample()
        try writeConfiguration(Self.exampleConfiguration)
        try commit("2021", try reportCitingTable12())
    }

    func testFindingComesOutInTextWithItsPlaceAndIdentities() throws {
        let result = try audit(["check", "2021"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.output.contains("table-references.missing-table — Reference to a missing table (1)\n"), result.output)
        // The anchor sentence 重大故障发生。 is on line 3318 of the sample; the citation follows it at column 8.
        let line = "  warning [0-9a-f]{10} （3）“数看汕尾”项目 / «①项目运营（行）。自进入运营期以…»  \\(2021@1/text\\.txt:3318:8\\)\n          "
        XCTAssertNotNil(result.output.range(of: line + NSRegularExpression.escapedPattern(for: message) + "\n", options: .regularExpression), result.output)
        XCTAssertTrue(result.output.contains(", table-references 1)"), result.output)
        XCTAssertFalse(result.output.contains("engine.plugin-failure"), result.output)
    }

    func testSARIFNamesTheCheckerAsAnExtensionAndValidates() throws {
        let file = root.appendingPathComponent("run.sarif")
        let result = try audit(["check", "2021", "--format", "sarif", "-o", file.path])
        XCTAssertEqual(result.status, 1, result.stderr)
        let validation = try ExternalCommand.validate(file, against: Self.sarifSchema)
        XCTAssertEqual(validation.output, "valid\n")

        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let tool = try XCTUnwrap(run["tool"] as? [String: Any])
        let extensions = try XCTUnwrap(tool["extensions"] as? [[String: Any]])
        XCTAssertEqual(extensions.map { $0["name"] as? String }, ["table-references"])
        XCTAssertEqual(extensions[0]["version"] as? String, "1.0")
        let extensionRules = try XCTUnwrap(extensions[0]["rules"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        XCTAssertEqual(extensionRules, ["table-references.missing-table"])
        let driverRules = try XCTUnwrap((tool["driver"] as? [String: Any])?["rules"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        XCTAssertFalse(driverRules.contains("table-references.missing-table"))

        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        let external = results.filter { $0["ruleId"] as? String == "table-references.missing-table" }
        XCTAssertEqual(external.count, 1)
        let reference = try XCTUnwrap(external[0]["rule"] as? [String: Any])
        XCTAssertEqual((reference["toolComponent"] as? [String: Any])?["index"] as? Int, 0)
        XCTAssertEqual(reference["index"] as? Int, 0)
        XCTAssertEqual(external[0]["ruleIndex"] as? Int, 0)
        XCTAssertEqual((external[0]["message"] as? [String: Any])?["text"] as? String, message)
        // Built-in results still index the driver's rules.
        for result in results where result["rule"] == nil {
            let index = try XCTUnwrap(result["ruleIndex"] as? Int)
            XCTAssertEqual(driverRules[index], result["ruleId"] as? String)
        }
        // The record made at commit keeps the checker, so its SARIF names the extension too.
        let recorded = root.appendingPathComponent("recorded.sarif")
        XCTAssertEqual(try audit(["findings", "2021", "--format", "sarif", "-o", recorded.path]).status, 0)
        XCTAssertEqual(try ExternalCommand.validate(recorded, against: Self.sarifSchema).output, "valid\n")
        let recordedLog = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: recorded)) as? [String: Any])
        let recordedTool = (recordedLog["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any]
        XCTAssertEqual((recordedTool?["extensions"] as? [[String: Any]])?.compactMap { $0["name"] as? String }, ["table-references"])
    }

    func testRecordedAtCommitTriagedAndInTheReviewerReport() throws {
        let recorded = try audit(["findings", "2021"])
        XCTAssertEqual(recorded.status, 0, recorded.stderr)
        XCTAssertEqual(recorded.stderr, "", "answered from the record made at commit")
        XCTAssertTrue(recorded.output.contains(message), recorded.output)

        let json = try audit(["findings", "2021", "--format", "json"])
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        let finding = try XCTUnwrap(document.findings(of: "table-references.missing-table").first)
        let fingerprint = try XCTUnwrap(finding["fingerprint"] as? String)
        XCTAssertEqual(document.checker("table-references")?["command"] as? [String], ["python3", "checks/table_references.py"])

        let report = root.appendingPathComponent("review.md")
        let written = try audit(["report", "2021", "-o", report.path])
        XCTAssertEqual(written.status, 0, written.stderr)
        let markdown = try String(contentsOf: report, encoding: .utf8)
        XCTAssertTrue(markdown.contains("cites 表12"), markdown)
        XCTAssertTrue(markdown.contains("3318: 重大故障发生。详见表12，严格执行运行维护工作"), markdown)

        let triaged = try audit(["triage", String(fingerprint.prefix(10)), "--status", "false-positive", "--reason", "表12 is an annex", "--reviewer", "R <r@example.org>"])
        XCTAssertEqual(triaged.status, 0, triaged.stderr)
        let checked = try audit(["check", "2021"])
        XCTAssertFalse(checked.output.contains(message), "a triaged external finding is hidden like a built-in one")
        let all = try audit(["check", "2021", "--all"])
        XCTAssertTrue(all.output.contains("[false-positive: 表12 is an annex]"), all.output)
    }

    func testTheSameFindingIsUnchangedAfterAnEditAboveAndFixedWhenTheCitationGoes() throws {
        let edited = try String(contentsOf: try reportCitingTable12(), encoding: .utf8)
            .replacingOccurrences(of: "重大故障发生。", with: "重大故障发生。\n")
        let file = root.appendingPathComponent("edited.txt")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        try commit("2021", file)
        let compared = try audit(["findings", "2021", "--baseline", "2021@1", "--format", "json"])
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: compared.stdout) as? [String: Any])
        let finding = try XCTUnwrap(document.findings(of: "table-references.missing-table").first)
        let fingerprint = try XCTUnwrap(finding["fingerprint"] as? String)
        let review = (document["reviews"] as? [String: [String: Any]])?[fingerprint]
        XCTAssertEqual(review?["baselineState"] as? String, "unchanged")

        try commit("2021", sampleReport)
        let history = try audit(["history", String(fingerprint.prefix(10))])
        XCTAssertEqual(history.status, 0, history.stderr)
        XCTAssertTrue(history.output.contains("finding \(fingerprint.prefix(10)) table-references.missing-table at "), history.output)
        XCTAssertTrue(history.output.contains("first seen in 2021@1"), history.output)
        XCTAssertTrue(history.output.contains("fixed in 2021@3"), history.output)
    }

    func testEachCheckerReadsTheWholeModelAndSeesNoOtherDescriptor() throws {
        try writeChecks("descriptors.py", """
            import json, os, sys
            model = json.load(sys.stdin)
            leaked = []
            for fd in range(3, 1024):
                try:
                    os.fstat(fd)
                    leaked.append(fd)
                except OSError:
                    pass
            if leaked:
                sys.exit("descriptors open besides 0-2: %s" % leaked)
            json.dump({"schemaVersion": 1, "rules": [], "findings": [], "identitiesChecked": len(model["paragraphs"])}, sys.stdout)

            """)
        try writeConfiguration(Self.exampleConfiguration + """
              descriptors:
                command: [python3, checks/descriptors.py]
                version: "1"

            """)
        let document = try checkJSON("2021")
        XCTAssertEqual(document.findings(of: "engine.plugin-failure").count, 0, "\(document.findings(of: "engine.plugin-failure"))")
        XCTAssertEqual(document.checker("table-references")?["findings"] as? Int, 1)
        // It reads after table-references has read the same stdin to its end.
        XCTAssertEqual(document.checker("descriptors")?["identitiesChecked"] as? Int, 228, "the sample's 228 paragraphs")
    }

    func testRulesOutsideTheCheckersOwnIdAreRefused() throws {
        try writeConfiguration("""
            external-checkers:
              impostor:
                command: [python3, checks/table_references.py]
                version: "1"

            """)
        let document = try checkJSON("2021")
        XCTAssertEqual(
            document.findings(of: "engine.plugin-failure").first?["message"] as? String,
            "checker 'impostor' failed: printed findings the engine cannot use: rule id 'table-references.missing-table' does not start with 'impostor.'"
        )
        XCTAssertEqual(document.findings(of: "table-references.missing-table").count, 0)
    }

    func testConfiguredLevelRelevelsTheCheckersFindings() throws {
        try writeConfiguration(Self.exampleConfiguration + "    level: error\n")
        let document = try checkJSON("2021")
        XCTAssertEqual(document.findings(of: "table-references.missing-table").first?["level"] as? String, "error")
        try writeConfiguration(Self.exampleConfiguration + "    enabled: false\n")
        XCTAssertNil(try checkJSON("2021").checker("table-references"))
    }

    func testPluginsListsTheExternalChecker() throws {
        let result = try audit(["plugins"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.output.contains("table-references  1.0  external  narrative citing a table the report does not have\n"), result.output)
        XCTAssertTrue(result.output.contains("    command: python3 checks/table_references.py  (in \(workspace.path))\n"), result.output)
    }

    func testOnlySelectsTheExternalChecker() throws {
        let only = try audit(["check", "2021", "--only", "table-references", "--format", "json"])
        let selected = try XCTUnwrap(JSONSerialization.jsonObject(with: only.stdout) as? [String: Any])
        XCTAssertEqual(selected.checkers.compactMap { $0["id"] as? String }, ["table-references"])
        XCTAssertEqual(selected.findings.count, 1)
    }
}
