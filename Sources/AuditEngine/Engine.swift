import CheckerKit
import FindingsModel
import Foundation

/// Runs checkers over a report. Knows no checker by name: it is handed the registry's list,
/// applies `audit.yml`, and runs each enabled checker in its own child process, then the
/// external checkers `audit.yml` declares, each as a process of its own.
public struct Engine {
    private let checkers: [any Checker.Type]
    private let configuration: AuditConfiguration

    public init(checkers: [any Checker.Type], configuration: AuditConfiguration = AuditConfiguration()) {
        self.checkers = checkers
        self.configuration = configuration
    }

    /// Runs every enabled checker, or exactly those in `only` (enabled or not).
    public func run(_ context: CheckContext, only: [String]? = nil) throws -> AuditRun {
        let selected = try selection(only)
        var run = run(selected.builtIn) { try $0.check(context) }
        ExternalRun(checkers: selected.external, limits: configuration.childLimits).run(context.report, into: &run)
        return run
    }

    /// Runs every enabled checker that compares reports with one another over `corpus`.
    public func run(corpus: [CorpusDocument]) throws -> AuditRun {
        run(try selection(nil).builtIn.filter { $0 is any CorpusChecker.Type }) { checker in
            guard let corpusChecker = checker as? any CorpusChecker else { throw CheckFailure("compares no corpus", "不能比较多份报告") }
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
        if run.findings.contains(where: { $0.ruleID == CheckedRange.rule.id }) { run.rules.append(CheckedRange.rule) }
        return run
    }

    private func selection(_ only: [String]?) throws -> (builtIn: [any Checker.Type], external: [ExternalChecker]) {
        let external = configuration.externalCheckers
        guard let only else {
            return (checkers.filter { configuration.settings(for: $0.description.id).enabled }, external.filter(\.enabled))
        }
        let known = Set(checkers.map { $0.description.id } + external.map(\.id))
        // Running nothing and reporting no findings would look like a pass.
        guard !only.isEmpty else { throw EngineError.emptySelection(known: known.sorted()) }
        if let unknown = only.first(where: { !known.contains($0) }) {
            throw EngineError.unknownChecker(unknown, known: known.sorted())
        }
        return (checkers.filter { only.contains($0.description.id) }, external.filter { only.contains($0.id) })
    }

    private func execute(_ checker: any Checker.Type, settings: CheckerSettings, work: (any Checker) throws -> CheckResult) -> (CheckerOutcome, [Finding]) {
        let description = checker.description
        let started = Date()
        let result = IsolatedCheck(checker: checker, configuration: settings.configuration(for: description), limits: configuration.childLimits)
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
            outcome.failure = failure.reason.en
            outcome.findings = 1
            return (outcome, [PluginFailure.finding(checker: description.id, reason: failure.reason)])
        }
    }
}

public enum EngineError: Error, CustomStringConvertible {
    case unknownChecker(String, known: [String])
    case emptySelection(known: [String])

    public var description: String {
        switch self {
        case .unknownChecker(let id, let known): "unknown checker '\(id)' (known: \(known.joined(separator: ", ")))"
        case .emptySelection(let known): "no checker selected (known: \(known.joined(separator: ", ")))"
        }
    }
}
