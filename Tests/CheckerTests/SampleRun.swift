import TestSupport
import AuditEngine
import CheckerKit
import CheckerRegistry
import FindingsModel
import Foundation
import ReportModel

/// A real run: every registered checker plus the test checkers over the parsed sample report,
/// so that renderers see real findings, a plugin failure, and spans into the stored text.
enum SampleRun {
    static let subject = RunSubject(
        label: "2021@1",
        artifactURI: "2021@1/text.txt",
        repositoryURI: "file:///tmp/audit-workspace",
        revisionID: String(repeating: "ab", count: 20)
    )

    static func run() throws -> AuditRun {
        let text = try String(contentsOf: Fixtures.sampleReport, encoding: .utf8)
        let checkers: [any Checker.Type] = RegisteredCheckers.all + [ParagraphCountChecker.self, ThrowingChecker.self]
        return try Engine(checkers: checkers).run(CheckContext.detected(ReportParser.parse(text)))
    }
}
