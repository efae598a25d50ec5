import CheckerKit
import XCTest

final class FingerprintTests: XCTestCase {
    private func finding(identity: String?) -> Finding {
        Finding(ruleID: "r.x", level: .note, message: "m", locations: [FindingLocation(span: nil, logical: "一、概况 / «同样的开头…»")], identity: identity)
    }

    /// Two passages quoted by the same opening words are two findings, each with its own id.
    func testTheIdentitySeparatesFindingsAtOneLogicalPlace() {
        XCTAssertNotEqual(finding(identity: "同样的开头，第一段。").fingerprint, finding(identity: "同样的开头，第二段。").fingerprint)
        XCTAssertEqual(finding(identity: "同样的开头，第一段。").fingerprint, finding(identity: "同样的开头，第一段。").fingerprint)
    }

    /// Findings without an identity keep the fingerprints, and so the triage decisions, they had:
    /// FNV-1a-128 of "r.x␟一、概况 / «同样的开头…»␟" (no evidence), computed apart with Python.
    func testWithoutAnIdentityTheFingerprintIsUnchanged() {
        XCTAssertEqual(finding(identity: nil).fingerprint, "b4e45412d483844a79febf7a1c56b75d")
    }
}
