import CheckerKit
import FindingsModel
import Foundation

/// Runs checkers over a report. Knows no checker by name: it is handed the registry's list,
/// applies `audit.yml`, and runs each enabled checker in its own child process.
public struct Engine {
    private let checkers: [any Checker.Type]
    private let configuration: AuditConfiguration

    public init(checkers: [any Checker.Type], configuration: AuditConfiguration = AuditConfiguration()) {
        self.checkers = checkers
        self.configuration = configuration
    }

    /// Runs every enabled checker, or exactly those in `only` (enabled or not).
    public func run(_ context: CheckContext, only: [String]? = nil) throws -> AuditRun {
        run(try selection(only)) { try $0.check(context) }
    }

    /// Runs every enabled checker that compares reports with one another over `corpus`.
    public func run(corpus: [CorpusDocument]) throws -> AuditRun {
        run(try selection(nil).filter { $0 is any CorpusChecker.Type }) { checker in
            guard let corpusChecker = checker as? any CorpusChecker else { throw CheckFailure(reason: "compares no corpus") }
            return try corpusChecker.check(corpus: corpus)
        }
    }

    private func run(_ selected: [any Checker.Type], work: (any Checker) throws -> CheckResult) -> AuditRun {
        var run = AuditRun(findings: [], checkers: [], rules: [PluginFailure.rule])
        for checker in selected {
            let description = checker.description
            let settings = configuration.settings(for: description.id)
            let (outcome, findings) = execute(checker, settings: settings, work: work)
            run.checkers.append(outcome)
            run.findings += findings
            run.rules += description.rules.map { LevelOverride(description, settings).apply(to: $0) }
        }
        return run
    }

    private func selection(_ only: [String]?) throws -> [any Checker.Type] {
        guard let only else {
            return checkers.filter { configuration.settings(for: $0.description.id).enabled }
        }
        let known = Set(checkers.map { $0.description.id })
        if let unknown = only.first(where: { !known.contains($0) }) {
            throw EngineError.unknownChecker(unknown, known: known.sorted())
        }
        return checkers.filter { only.contains($0.description.id) }
    }

    private func execute(_ checker: any Checker.Type, settings: CheckerSettings, work: (any Checker) throws -> CheckResult) -> (CheckerOutcome, [Finding]) {
        let description = checker.description
        let started = Date()
        let result = IsolatedCheck(checker: checker, configuration: settings.configuration(for: description), timeoutSeconds: configuration.timeoutSeconds)
            .run(work)
        let seconds = Date().timeIntervalSince(started)
        var outcome = CheckerOutcome(
            id: description.id, name: description.name, version: description.version,
            identitiesChecked: 0, findings: 0, failure: nil, seconds: seconds
        )
        switch result {
        case .success(let checked):
            let findings = checked.findings.map { LevelOverride(description, settings).apply(to: $0) }
            outcome.identitiesChecked = checked.identitiesChecked
            outcome.findings = findings.count
            return (outcome, findings)
        case .failure(let failure):
            outcome.failure = failure.reason
            outcome.findings = 1
            return (outcome, [PluginFailure.finding(checker: description.id, reason: failure.reason)])
        }
    }
}

public enum EngineError: Error, CustomStringConvertible {
    case unknownChecker(String, known: [String])

    public var description: String {
        switch self {
        case .unknownChecker(let id, let known): "unknown checker '\(id)' (known: \(known.joined(separator: ", ")))"
        }
    }
}
