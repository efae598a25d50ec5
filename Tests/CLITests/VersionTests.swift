import Foundation
import TestSupport
import XCTest

/// `audit --version` names the same version as the SARIF logs it writes.
final class VersionTests: WorkspaceTestCase {
    func testVersionIsTheOneSARIFLogsName() throws {
        let version = try audit(["--version"])
        XCTAssertEqual(version.status, 0, version.stderr)
        XCTAssertEqual(version.stderr, "")
        try commit("2021", sampleReport)
        let sarif = try audit(["check", "2021", "--format", "sarif", "--fail-on", "never"])
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: sarif.stdout) as? [String: Any])
        let driver = try XCTUnwrap((((log["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"]) as? [String: Any])
        let named = try XCTUnwrap(driver["version"] as? String)
        XCTAssertEqual(version.output, named + "\n")
        XCTAssertNotNil(named.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression), named)
    }
}
