import CheckerKit

/// Applies a configured level to a checker's violations: what the checker reports at its
/// default level moves to the configured one; other levels (rounding notes) stay as they are.
struct LevelOverride {
    let from: Level
    let to: Level

    init(_ description: CheckerDescription, _ settings: CheckerSettings) {
        from = description.defaultLevel
        to = settings.level(for: description)
    }

    func apply(to finding: Finding) -> Finding {
        var finding = finding
        if finding.level == from { finding.level = to }
        return finding
    }

    func apply(to rule: RuleDescription) -> RuleDescription {
        var rule = rule
        if rule.defaultLevel == from { rule.defaultLevel = to }
        return rule
    }
}
