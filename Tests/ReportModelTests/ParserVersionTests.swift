import Foundation
import ReportModel
import XCTest

/// Archived models are trusted only when `ReportParser.version` matches, so a parser change
/// that alters any model must bump it. This test notices when the sample's model changes.
final class ParserVersionTests: XCTestCase {
    /// The parser version and the FNV-1a-64 of the sample's archive it produces.
    private static let recorded = (version: 6, fingerprint: "152db5701c68ee2b")

    func testSampleModelChangesOnlyWithANewParserVersion() {
        let fingerprint = Self.fnv1a(ReportArchive.encode(SampleReport.report))
        guard ReportParser.version == Self.recorded.version else {
            return XCTFail("ReportParser.version is \(ReportParser.version): record (version: \(ReportParser.version), fingerprint: \"\(fingerprint)\") here")
        }
        XCTAssertEqual(
            fingerprint, Self.recorded.fingerprint,
            "the sample's model changed: bump ReportParser.version, then record the new version and fingerprint here"
        )
    }

    private static func fnv1a(_ data: Data) -> String {
        let hash = data.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16).leftPadding(to: 16)
    }
}

private extension String {
    func leftPadding(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
