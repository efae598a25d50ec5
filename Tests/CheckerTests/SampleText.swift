import AuditEngine
import CheckerKit
import CheckerRegistry
import FindingsModel
import Foundation
import ReportModel
import TestSupport
import XCTest

/// The sample report's text, and copies of it with one printed figure changed.
enum SampleText {
    static let original = try! String(contentsOf: Fixtures.sampleReport, encoding: .utf8)

    /// The sample with `old` replaced by `new`; `old` must occur exactly once, so a test
    /// changes exactly the figure it means to.
    static func replacing(_ old: String, with new: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let occurrences = original.components(separatedBy: old).count - 1
        XCTAssertEqual(occurrences, 1, "“\(old)” must occur once in the sample", file: file, line: line)
        return original.replacingOccurrences(of: old, with: new)
    }

    /// Total reconciliation alone over `text`, through the engine.
    static func reconcile(_ text: String) throws -> AuditRun {
        let checkers = RegisteredCheckers.all.filter { $0.description.id == "total-reconciliation" }
        return try Engine(checkers: checkers).run(CheckContext.detected(ReportParser.parse(text)))
    }
}
