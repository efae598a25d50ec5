import Foundation
import TestSupport
import XCTest

/// A workspace with external checkers: the example from `Plugins/Examples` copied into its
/// `checks/`, misbehaving ones written there, and `audit.yml` declaring them.
class ExternalCheckerTestCase: WorkspaceTestCase {
    static let example = packageRoot.appendingPathComponent("Plugins/Examples/table_references.py")
    static let sarifSchema = packageRoot.appendingPathComponent("Tests/CheckerTests/Fixtures/sarif-schema-2.1.0.json")
    static let modelSchema = packageRoot.appendingPathComponent("schemas/report-model.schema.json")
    static let findingsSchema = packageRoot.appendingPathComponent("schemas/external-findings.schema.json")

    /// The sample report with one sentence citing 表12, which it does not have (its tables are 表1–表9).
    func reportCitingTable12() throws -> URL {
        let sample = try String(contentsOf: sampleReport, encoding: .utf8)
        let anchor = "重大故障发生。"
        XCTAssertEqual(sample.components(separatedBy: anchor).count, 2, "the anchor sentence occurs once")
        let file = root.appendingPathComponent("citing-12.txt")
        try sample.replacingOccurrences(of: anchor, with: anchor + "详见表12，").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    func installExample() throws {
        let checks = workspace.appendingPathComponent("checks")
        try FileManager.default.createDirectory(at: checks, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.example, to: checks.appendingPathComponent("table_references.py"))
    }

    func writeChecks(_ name: String, _ script: String) throws {
        let checks = workspace.appendingPathComponent("checks")
        try FileManager.default.createDirectory(at: checks, withIntermediateDirectories: true)
        try script.write(to: checks.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func writeConfiguration(_ yaml: String) throws {
        try yaml.write(to: workspace.appendingPathComponent("audit.yml"), atomically: true, encoding: .utf8)
    }

    static let exampleConfiguration = """
        external-checkers:
          table-references:
            command: [python3, checks/table_references.py]
            version: "1.0"
            summary: narrative citing a table the report does not have

        """

    /// `audit check <ref> --format json`, decoded.
    func checkJSON(_ ref: String, line: UInt = #line) throws -> [String: Any] {
        let result = try audit(["check", ref, "--format", "json", "--fail-on", "never"])
        XCTAssertEqual(result.status, 0, result.stderr, line: line)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any], line: line)
    }
}

extension [String: Any] {
    var findings: [[String: Any]] { self["findings"] as? [[String: Any]] ?? [] }
    var checkers: [[String: Any]] { self["checkers"] as? [[String: Any]] ?? [] }

    func checker(_ id: String) -> [String: Any]? { checkers.first { $0["id"] as? String == id } }
    func findings(of rule: String) -> [[String: Any]] { findings.filter { $0["ruleID"] as? String == rule } }
}
