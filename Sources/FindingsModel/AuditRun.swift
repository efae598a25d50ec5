import CheckerKit

/// The outcome of running the enabled checkers over one report version.
public struct AuditRun: Codable, Sendable {
    public var findings: [Finding]
    public var checkers: [CheckerOutcome]
    /// The rules of every checker that ran, plus the engine's own, at their effective levels.
    public var rules: [RuleDescription]

    public init(findings: [Finding], checkers: [CheckerOutcome], rules: [RuleDescription]) {
        self.findings = findings
        self.checkers = checkers
        self.rules = rules
    }

    public var identitiesChecked: Int {
        checkers.reduce(0) { $0 + $1.identitiesChecked }
    }

    public func count(_ level: Level) -> Int {
        findings.filter { $0.level == level }.count
    }

    public func rule(_ id: String) -> RuleDescription? {
        rules.first { $0.id == id }
    }
}
