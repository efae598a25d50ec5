import CheckerKit
import Foundation
import Glibc

/// Checkers that misbehave the way the adversarial run found real ones could.
func hostileDescription(_ id: String) -> CheckerDescription {
    CheckerDescription(
        id: id, name: id, version: "0.0.1", summary: "hostile checker \(id)", rationale: "exercises the engine's limits",
        defaultLevel: .warning, options: [],
        rules: [RuleDescription(id: "\(id).rule", name: "\(id) rule", summary: "test rule", help: "none", defaultLevel: .warning)],
        triggeringExamples: [], nonTriggeringExamples: []
    )
}

/// Where a hostile checker running in a child writes its process id, so a test can watch it.
enum ChildPIDFile {
    /// Set by the test before it forks; the checker's child inherits it.
    static var path = ""

    static func record() {
        try? "\(getpid())".write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// Writes its pid, then spins on the CPU for ever.
struct SpinningChecker: Checker {
    static let description = hostileDescription("spins")
    init(configuration: CheckerConfiguration) throws {}

    func check(_ context: CheckContext) throws -> CheckResult {
        ChildPIDFile.record()
        var counter: UInt64 = 0
        while true { counter &+= 1 }
    }
}

/// Touches memory until something stops it.
struct GreedyChecker: Checker {
    static let description = hostileDescription("greedy")
    init(configuration: CheckerConfiguration) throws {}

    func check(_ context: CheckContext) throws -> CheckResult {
        var blocks: [[UInt8]] = []
        while true { blocks.append([UInt8](repeating: 1, count: 64 << 20)) }
    }
}

/// Returns a finding whose evidence holds NaN, which JSON cannot carry back as a decimal.
struct NaNChecker: Checker {
    static let description = hostileDescription("nan")
    init(configuration: CheckerConfiguration) throws {}

    func check(_ context: CheckContext) throws -> CheckResult {
        let nan = Quantity(value: .nan, printed: "NaN")
        let finding = Finding(
            ruleID: "nan.rule", level: .warning, message: "not a number", locations: [FindingLocation(span: nil, logical: "x")],
            evidence: Evidence(expected: nan, actual: nan, difference: nan, tolerance: nan)
        )
        return CheckResult(findings: [finding], identitiesChecked: 1)
    }
}
