import CheckerKit
import FindingsModel

/// `--fail-on`: the lowest level that makes `audit check` exit 1.
public enum FailThreshold: String, CaseIterable, Sendable {
    case error
    case warning
    case note
    case never

    public func isReached(by run: AuditRun) -> Bool {
        guard let level = Level(rawValue: rawValue) else { return false }
        return run.findings.contains { $0.level >= level }
    }
}
