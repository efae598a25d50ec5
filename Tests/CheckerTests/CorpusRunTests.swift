import AuditEngine
import CheckerKit
import XCTest

/// `Engine.run(corpus:)`, which `audit dups` uses: only checkers that compare a corpus run, each
/// in its own child process, with audit.yml's enabled and level applied.
final class CorpusRunTests: XCTestCase {
    private let corpus = [1, 2, 3].map { CorpusDocument(name: "report-\($0)", report: Fixtures.report(paragraphs: $0)) }
    private let checkers: [any Checker.Type] = [ParagraphCountChecker.self, CorpusTrappingChecker.self, CorpusCountingChecker.self]

    func testATrappingCorpusCheckerIsAFindingAndTheOthersStillReport() throws {
        let run = try Engine(checkers: checkers).run(corpus: corpus)
        XCTAssertEqual(run.checkers.map(\.id), ["corpus-traps", "corpus-count"])
        let failure = try XCTUnwrap(run.findings.first { $0.ruleID == "engine.plugin-failure" })
        XCTAssertTrue(failure.message.hasPrefix("checker 'corpus-traps' failed: crashed (signal "), failure.message)
        XCTAssertEqual(run.findings.filter { $0.ruleID == "corpus-count.rule" }.map(\.message), ["also report-2", "also report-3"])
        XCTAssertEqual(run.identitiesChecked, 3)
    }

    func testEnabledAndLevelApply() throws {
        let configuration = AuditConfiguration(checkers: [
            "corpus-traps": CheckerSettings(enabled: false),
            "corpus-count": CheckerSettings(level: .error),
        ])
        let run = try Engine(checkers: checkers, configuration: configuration).run(corpus: corpus)
        XCTAssertEqual(run.checkers.map(\.id), ["corpus-count"])
        XCTAssertEqual(run.findings.map(\.level), [.error, .error])
        XCTAssertEqual(run.rule("corpus-count.rule")?.defaultLevel, .error)
    }
}
