import AuditEngine
import CheckerKit
import FindingsModel
import TestSupport
import Foundation
import XCTest

final class SARIFTests: XCTestCase {
    private var file: URL!
    private var run: AuditRun!

    override func setUpWithError() throws {
        run = try SampleRun.run()
        let sarif = try OutputFormat.sarif.render(run, subject: SampleRun.subject, colour: false)
        file = FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID()).sarif")
        try sarif.write(to: file, atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: file)
    }

    func testValidatesAgainstTheSARIF210Schema() throws {
        let script = "import json,jsonschema,sys; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))); print('valid')"
        let result = try ExternalCommand.run(["python3", "-c", script, file.path, Fixtures.sarifSchema.path])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertEqual(result.output, "valid\n")
    }

    func testOpensInSarifTools() throws {
        let result = try ExternalCommand.run(["sarif", "summary", file.path])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertGreaterThan(run.count(.error), 0)
        XCTAssertTrue(result.output.contains("error: \(run.count(.error))\n"), result.output)
        XCTAssertTrue(result.output.contains("note: \(run.count(.note))\n"), result.output)
        XCTAssertTrue(result.output.contains("engine.plugin-failure"), result.output)
    }

    func testCarriesRulesFingerprintsAndProvenance() throws {
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
        let provenance = try XCTUnwrap((run["versionControlProvenance"] as? [[String: Any]])?.first)
        XCTAssertEqual(provenance["revisionId"] as? String, SampleRun.subject.revisionID)
        XCTAssertEqual(provenance["branch"] as? String, "2021@1")

        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let ruleIDs = try XCTUnwrap(driver["rules"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        XCTAssertTrue(ruleIDs.contains("engine.plugin-failure"))
        XCTAssertTrue(ruleIDs.contains("paragraph-count.rule"))

        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        for result in results {
            let index = try XCTUnwrap(result["ruleIndex"] as? Int)
            XCTAssertEqual(ruleIDs[index], result["ruleId"] as? String)
            let fingerprint = (result["partialFingerprints"] as? [String: String])?["auditFingerprint/v1"]
            XCTAssertEqual(fingerprint?.count, 32)
        }
    }
}
