import CheckerKit
import FindingsModel

/// The closing lines every human-readable format shares: findings by level and identities
/// checked per checker.
struct RunSummary {
    let run: AuditRun
    var language: Language = .en

    var findingsLine: String {
        let levels = [Level.error, .warning, .note]
        switch language {
        case .en:
            return "Findings: " + levels.map { "\(run.count($0)) \($0.rawValue)\(run.count($0) == 1 ? "" : "s")" }.joined(separator: ", ")
        case .zh:
            return "检查结果：" + levels.map { "\($0.label(in: .zh)) \(run.count($0)) 项" }.joined(separator: "，")
        }
    }

    var identitiesLine: String {
        let failed = language == .zh ? "运行失败" : "failed"
        let perChecker = run.checkers.map { checker in
            checker.failure == nil ? "\(checker.id) \(checker.identitiesChecked)" : "\(checker.id) \(failed)"
        }
        return language == .zh
            ? "已核对勾稽关系：\(run.identitiesChecked) 项（\(perChecker.joined(separator: "，"))）"
            : "Identities checked: \(run.identitiesChecked) (\(perChecker.joined(separator: ", ")))"
    }
}
