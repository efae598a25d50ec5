import AuditEngine
import CheckerKit
import XCTest

final class ConfigurationTests: XCTestCase {
    private let loader = ConfigurationLoader(checkers: [ParagraphCountChecker.self, ThrowingChecker.self])
    private let report = Fixtures.report(paragraphs: 1)

    func testUnknownCheckerIsAnErrorNamingItAndTheKnownOnes() {
        XCTAssertThrowsError(try loader.load(yaml: "checkers:\n  paragraph-cuont:\n    enabled: false\n")) { error in
            XCTAssertEqual("\(error)", "audit.yml:2: checkers: unknown checker 'paragraph-cuont' (known: paragraph-count, throws)")
        }
    }

    func testUnknownOptionIsAnErrorListingTheKnownKeys() {
        XCTAssertThrowsError(try loader.load(yaml: "checkers:\n  paragraph-count:\n    minimun: 3\n")) { error in
            XCTAssertEqual("\(error)", "audit.yml:3: checkers.paragraph-count: unknown key 'minimun' (known: enabled, level, minimum, ratio)")
        }
    }

    func testUnknownTopLevelKeyIsAnError() {
        XCTAssertThrowsError(try loader.load(yaml: "checker:\n  throws: {}\n")) { error in
            XCTAssertEqual("\(error)", "audit.yml:1: unknown key 'checker' (known: checkers, external-checkers, memory-megabytes, rule-pack, timeout-seconds)")
        }
    }

    func testWrongTypesAreErrors() {
        let cases = [
            "checkers:\n  paragraph-count:\n    minimum: many\n": "audit.yml:3: checkers.paragraph-count.minimum: expected an integer, got 'many'",
            "checkers:\n  paragraph-count:\n    ratio: yes\n": "audit.yml:3: checkers.paragraph-count.ratio: expected a decimal, got 'yes'",
            "checkers:\n  paragraph-count:\n    enabled: 3\n": "audit.yml:3: checkers.paragraph-count.enabled: expected a boolean, got '3'",
            "checkers:\n  paragraph-count:\n    level: fatal\n": "audit.yml:3: checkers.paragraph-count.level: expected one of note, warning, error, got 'fatal'",
            "timeout-seconds: 0\n": "audit.yml:1: timeout-seconds: expected a positive integer, got '0'",
        ]
        for (yaml, expected) in cases {
            XCTAssertThrowsError(try loader.load(yaml: yaml), yaml) { error in
                XCTAssertEqual("\(error)", expected)
            }
        }
    }

    func testDecimalOptionKeepsItsExactValue() throws {
        let configuration = try loader.load(yaml: "checkers:\n  paragraph-count:\n    ratio: 0.1\n")
        XCTAssertEqual(configuration.settings(for: "paragraph-count").options["ratio"], .decimal(Decimal(string: "0.1")!))
    }

    func testEmptyOrAbsentFileMeansDefaults() throws {
        XCTAssertTrue(try loader.load(yaml: "").checkers.isEmpty)
        let absent = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID()).yml")
        XCTAssertEqual(try loader.load(contentsOf: absent).timeoutSeconds, AuditConfiguration.defaultTimeoutSeconds)
    }

    func testOptionReachesTheChecker() throws {
        let configuration = try loader.load(yaml: "checkers:\n  paragraph-count:\n    minimum: 1\n  throws:\n    enabled: false\n")
        let run = try Engine(checkers: [ParagraphCountChecker.self, ThrowingChecker.self], configuration: configuration).run(CheckContext(report: report))
        XCTAssertEqual(run.findings.map(\.message), ["1 paragraphs"])
    }

    func testLevelOverrideMovesViolationsButNotNotes() throws {
        let configuration = try loader.load(yaml: "checkers:\n  paragraph-count:\n    level: error\n")
        let run = try Engine(checkers: [ParagraphCountChecker.self], configuration: configuration).run(CheckContext(report: report))
        XCTAssertEqual(run.findings.map(\.level), [.note, .error])
        XCTAssertEqual(run.rule("paragraph-count.rule")?.defaultLevel, .error)
    }

    func testDisabledCheckerDoesNotRunUnlessNamedWithOnly() throws {
        let configuration = try loader.load(yaml: "checkers:\n  throws:\n    enabled: false\n")
        let engine = Engine(checkers: [ParagraphCountChecker.self, ThrowingChecker.self], configuration: configuration)
        XCTAssertEqual(try engine.run(CheckContext(report: report)).checkers.map(\.id), ["paragraph-count"])
        XCTAssertEqual(try engine.run(CheckContext(report: report), only: ["throws"]).checkers.map(\.id), ["throws"])
    }

    func testOnlyWithUnknownCheckerIsAnError() {
        let engine = Engine(checkers: [ParagraphCountChecker.self])
        XCTAssertThrowsError(try engine.run(CheckContext(report: report), only: ["nope"])) { error in
            XCTAssertEqual("\(error)", "unknown checker 'nope' (known: paragraph-count)")
        }
    }
}
