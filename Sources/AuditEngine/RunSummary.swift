import CheckerKit
import FindingsModel

/// The closing lines every human-readable format shares: findings by level and identities
/// checked per checker.
struct RunSummary {
    let run: AuditRun

    var findingsLine: String {
        let counts = [Level.error, .warning, .note].map { level in
            let count = run.count(level)
            return "\(count) \(level.rawValue)\(count == 1 ? "" : "s")"
        }
        return "Findings: " + counts.joined(separator: ", ")
    }

    var identitiesLine: String {
        let perChecker = run.checkers.map { checker in
            checker.failure == nil ? "\(checker.id) \(checker.identitiesChecked)" : "\(checker.id) failed"
        }
        return "Identities checked: \(run.identitiesChecked) (\(perChecker.joined(separator: ", ")))"
    }
}
