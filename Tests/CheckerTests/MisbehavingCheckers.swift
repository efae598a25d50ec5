import CheckerKit
import Foundation
import ReportModel

/// Checkers that exist to prove the engine survives them. Each reports under its own id.
func testDescription(_ id: String, options: [OptionDescription] = []) -> CheckerDescription {
    CheckerDescription(
        id: id, name: id, version: "0.0.1", summary: "test checker \(id)", rationale: "exercises the engine",
        defaultLevel: .warning, options: options,
        rules: [RuleDescription(id: "\(id).rule", name: "\(id) rule", summary: "test rule", help: "none", defaultLevel: .warning)],
        triggeringExamples: [], nonTriggeringExamples: []
    )
}

/// Works: one warning naming the number of paragraphs, and one note.
struct ParagraphCountChecker: Checker {
    static let description = testDescription("paragraph-count", options: [
        OptionDescription(key: "minimum", defaultValue: .integer(2), meaning: "fewest paragraphs a report should have"),
        OptionDescription(key: "ratio", defaultValue: .decimal(Decimal(string: "0.5")!), meaning: "an unused decimal"),
    ])
    let minimum: Int

    init(configuration: CheckerConfiguration) throws {
        minimum = try configuration.integer("minimum")
    }

    func check(_ context: CheckContext) throws -> CheckResult {
        let count = context.report.paragraphs.count
        let location = FindingLocation(span: SourceSpan(startLine: 1, startColumn: 1, endLine: 1, endColumn: 2), logical: "report")
        var findings = [Finding(ruleID: "paragraph-count.rule", level: .note, message: "\(count) paragraphs", locations: [location])]
        if count < minimum {
            findings.append(Finding(ruleID: "paragraph-count.rule", level: .warning, message: "only \(count) paragraphs, expected at least \(minimum)", locations: [location]))
        }
        return CheckResult(findings: findings, identitiesChecked: 1)
    }
}

struct ThrowingChecker: Checker {
    struct Broken: Error, CustomStringConvertible {
        var description: String { "table model missing" }
    }

    static let description = testDescription("throws")
    init(configuration: CheckerConfiguration) throws {}
    func check(_ context: CheckContext) throws -> CheckResult { throw Broken() }
}

struct IndexTrappingChecker: Checker {
    static let description = testDescription("traps")
    init(configuration: CheckerConfiguration) throws {}

    func check(_ context: CheckContext) throws -> CheckResult {
        let findings = context.report.paragraphs.map { _ in Finding(ruleID: "traps.rule", level: .warning, message: "", locations: []) }
        // Index out of range on purpose: the engine must turn the trap into a finding.
        return CheckResult(findings: [findings[findings.count + 1]], identitiesChecked: 0)
    }
}

/// Ends its process the way a checker calling exit() would.
struct ExitingChecker: Checker {
    static let description = testDescription("exits")
    init(configuration: CheckerConfiguration) throws {}

    func check(_ context: CheckContext) throws -> CheckResult {
        print("giving up")
        exit(3)
    }
}

struct HangingChecker: Checker {
    static let description = testDescription("hangs")
    init(configuration: CheckerConfiguration) throws {}

    func check(_ context: CheckContext) throws -> CheckResult {
        while true { sleep(1) }
    }
}

/// Produces a result far larger than a pipe's buffer, to prove the engine reads while the child writes.
struct VerboseChecker: Checker {
    static let description = testDescription("verbose")
    init(configuration: CheckerConfiguration) throws {}

    func check(_ context: CheckContext) throws -> CheckResult {
        let findings = (0..<5000).map { index in
            Finding(ruleID: "verbose.rule", level: .note, message: "finding \(index) " + String(repeating: "x", count: 100), locations: [FindingLocation(span: nil, logical: "cell \(index)")])
        }
        return CheckResult(findings: findings, identitiesChecked: 5000)
    }
}

/// Corpus checkers for the tests: nothing to configure, nothing to say about a single report.
protocol CorpusOnlyChecker: CorpusChecker {
    init()
}

extension CorpusOnlyChecker {
    init(configuration: CheckerConfiguration) throws {
        self.init()
    }

    func check(_ context: CheckContext) throws -> CheckResult {
        CheckResult(findings: [], identitiesChecked: 0)
    }
}

/// Compares a corpus by trapping on it.
struct CorpusTrappingChecker: CorpusOnlyChecker {
    static let description = testDescription("corpus-traps")

    func check(corpus: [CorpusDocument]) throws -> CheckResult {
        let sizes = corpus.map(\.report.paragraphs.count)
        return CheckResult(findings: [], identitiesChecked: sizes[sizes.count])
    }
}

/// Counts the reports of a corpus, one warning per report after the first.
struct CorpusCountingChecker: CorpusOnlyChecker {
    static let description = testDescription("corpus-count")

    func check(corpus: [CorpusDocument]) throws -> CheckResult {
        let findings = corpus.dropFirst().map { document in
            Finding(ruleID: "corpus-count.rule", level: .warning, message: "also \(document.name)", locations: [FindingLocation(span: nil, logical: document.name)])
        }
        return CheckResult(findings: findings, identitiesChecked: corpus.count)
    }
}
