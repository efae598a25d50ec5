import CheckerKit
import FindingsModel

/// A run's rules split as SARIF wants them: the built-in checkers' and the engine's under the
/// driver, each external checker's under a `tool.extensions` component of its own (its rule
/// ids carry its id as prefix, which the engine required of its output).
struct ToolComponents {
    struct External {
        var checker: CheckerOutcome
        var rules: [RuleDescription]
    }

    /// Where a result's rule is described: an index into the driver's rules, or into an extension's.
    struct RulePlace {
        var index: Int
        var component: (name: String, index: Int)?
    }

    let driver: [RuleDescription]
    let extensions: [External]

    init(_ run: AuditRun) {
        let external = run.checkers.filter { $0.command != nil }
        extensions = external.map { checker in External(checker: checker, rules: run.rules.filter { $0.id.hasPrefix("\(checker.id).") }) }
        driver = run.rules.filter { rule in !external.contains { rule.id.hasPrefix("\($0.id).") } }
    }

    func place(of ruleID: String) -> RulePlace {
        for (number, component) in extensions.enumerated() {
            if let index = component.rules.firstIndex(where: { $0.id == ruleID }) {
                return RulePlace(index: index, component: (component.checker.id, number))
            }
        }
        return RulePlace(index: driver.firstIndex { $0.id == ruleID } ?? 0, component: nil)
    }
}
