import ArgumentParser
import AuditApp
import CheckerKit
import FindingsModel
import FindingsStore
import Foundation
import TextEscaping

extension TriageStatus: ExpressibleByArgument {}

struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: InterfaceLanguage.text("Record a reviewer's decision about a finding, or list every decision with --log.", "记录审阅人对某发现项的决定；用 --log 列出所有决定。"),
        discussion: InterfaceLanguage.text(
            """
                Each decision is a commit on refs/audit/triage, authored by the reviewer; its log is the audit trail. \
                A decision follows the finding's fingerprint into later revisions; a finding whose figures change \
                needs a new decision.
                """,
            "每个决定是 refs/audit/triage 上的一次提交，作者为审阅人；其日志即审计轨迹。决定随发现项的指纹延续到以后的修订版本；数字有变化的发现项需要新的决定。"
        )
    ).parsedUnderAudit

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: InterfaceLanguage.help("The finding id, as 'audit check' and 'audit findings' show it.", "发现项 ID，即 'audit check' 和 'audit findings' 所显示的。"))
    var id: String?

    @Option(help: InterfaceLanguage.help("confirmed (a defect; stays shown and fails --fail-on), accepted, false-positive, wont-fix or under-review (these hide it).", "confirmed（确认问题：仍然显示，并计入 --fail-on）、accepted、false-positive、wont-fix 或 under-review（这几种将其隐藏）。"))
    var status: TriageStatus?

    @Option(help: InterfaceLanguage.help("Why; required.", "理由；必须给出。"))
    var reason: String?

    @Option(help: InterfaceLanguage.help("The reviewer, \"Name <email>\" (default: $AUDIT_AUTHOR, else git's user.name and user.email).", "审阅人，格式 \"姓名 <邮箱>\"（默认：$AUDIT_AUTHOR，未设置时为 git 的 user.name 和 user.email）。", valueName: "reviewer"))
    var reviewer: String?

    @Flag(help: InterfaceLanguage.help("List every decision, newest first: who, when and why.", "列出所有决定，由新到旧：谁、何时、为何。"))
    var log = false

    func validate() throws {
        if log {
            if id != nil || status != nil || reason != nil { throw InterfaceLanguage.usage("--log takes no finding, --status or --reason", "--log 不接受检查结果编号、--status 或 --reason") }
            return
        }
        guard id != nil else { throw InterfaceLanguage.usage("no finding id given", "未给出检查结果编号") }
        guard status != nil else { throw InterfaceLanguage.usage("--status is required: confirmed, accepted, false-positive, wont-fix or under-review", "必须给出 --status：confirmed、accepted、false-positive、wont-fix 或 under-review") }
        guard let reason, !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw InterfaceLanguage.usage("--reason is required", "必须给出 --reason")
        }
    }

    func run() throws {
        let triage = TriageFinding(workspace: try workspaceOptions.open())
        if log { return try printLog(triage) }
        // validate() has required all three unless --log.
        guard let id, let status, let reason else { return }
        let (decision, warnings) = try triage.record(id, status: status, reason: reason, reviewer: reviewer ?? CommitCommand.environmentAuthor)
        warnings.forEach(Warning.print)
        let reviewer = TerminalText.visibleLine("\(decision.reviewer) <\(decision.email)>")
        let shortID = decision.fingerprint.prefix(Finding.shortIDLength)
        let decided = Suppression.label(ofDecision: decision.status.rawValue, in: InterfaceLanguage.current)
        print(InterfaceLanguage.text("\(shortID) \(decided) by \(reviewer)", "\(shortID) \(decided)（复核人：\(reviewer)）"))
    }

    /// The decision in the interface's language; the commit's own subject when it words none.
    private func worded(_ entry: TriageLogEntry) -> String {
        guard InterfaceLanguage.current == .zh, let decision = entry.decision else { return entry.summary }
        return "审阅决定 \(decision.shortID)：\(Suppression.label(ofDecision: decision.status.rawValue, in: .zh)) — \(decision.reason)"
    }

    private func printLog(_ triage: TriageFinding) throws {
        let formatter = ISO8601DateFormatter()
        for entry in try triage.log() {
            print("\(entry.commitID.prefix(7)) \(formatter.string(from: entry.date)) " + TerminalText.visibleLine("\(entry.reviewer) <\(entry.email)>  \(worded(entry))"))
        }
    }
}
