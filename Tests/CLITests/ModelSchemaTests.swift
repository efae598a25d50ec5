import Foundation
import TestSupport
import XCTest

/// The documents external checkers exchange with the engine against their published schemas,
/// judged by Python's jsonschema.
final class ModelSchemaTests: ExternalCheckerTestCase {
    private func validateModel(_ ref: String, line: UInt = #line) throws -> [String: Any] {
        let shown = try audit(["show", ref, "--json"])
        XCTAssertEqual(shown.status, 0, shown.stderr, line: line)
        let file = root.appendingPathComponent("\(ref).json")
        try shown.stdout.write(to: file)
        let validation = try ExternalCommand.validate(file, against: Self.modelSchema)
        XCTAssertEqual(validation.output, "valid\n", line: line)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: shown.stdout) as? [String: Any], line: line)
    }

    func testTheSampleModelValidatesAndCarriesItsSchemaVersion() throws {
        try commit("2021", sampleReport)
        let model = try validateModel("2021")
        XCTAssertEqual(model["schemaVersion"] as? Int, 1)
        XCTAssertEqual((model["tables"] as? [Any])?.count, 14)
    }

    func testAShanghaiPDFModelValidates() throws {
        try commit("czj-2024", ShanghaiReports.pdf("caizhengju-2024"))
        let model = try validateModel("czj-2024")
        XCTAssertGreaterThanOrEqual((model["tables"] as? [Any])?.count ?? 0, 9)
    }

    func testTheExampleCheckersOutputValidates() throws {
        try commit("2021", try reportCitingTable12())
        let model = root.appendingPathComponent("model.json")
        try audit(["show", "2021", "--json"]).stdout.write(to: model)
        let output = root.appendingPathComponent("findings.json")
        let script = "import subprocess,sys; open(sys.argv[3],'wb').write(subprocess.run(['python3', sys.argv[1]], stdin=open(sys.argv[2],'rb'), capture_output=True, check=True).stdout)"
        let ran = try ExternalCommand.run(["python3", "-c", script, Self.example.path, model.path, output.path])
        XCTAssertEqual(ran.status, 0, ran.output)
        XCTAssertEqual(try ExternalCommand.validate(output, against: Self.findingsSchema).output, "valid\n")
        let findings = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        XCTAssertEqual((findings["findings"] as? [Any])?.count, 1)
    }
}
