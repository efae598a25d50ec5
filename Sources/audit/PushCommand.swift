import ArgumentParser
import AuditApp

struct PushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Send the versions, findings and triage decisions a remote lacks.",
        discussion: "Refused, changing nothing, when the remote holds revisions or decisions this workspace lacks: pull first."
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "The remote (default: origin).")
    var remote = CloneWorkspace.remoteName

    func run() throws {
        let pushed = try PushToRemote(workspace: workspaceOptions.open()).push(remote)
        guard !pushed.isEmpty else { return PullReportText.show("\(remote): already up to date", "\(remote)：已是最新") }
        PullReportText.show(
            "pushed to \(remote): \(pushed.count) ref\(PullReportText.plural(pushed.count))",
            "已推送到 \(remote)：\(pushed.count) 个引用"
        )
        for ref in pushed {
            let label = SyncStatus.label(ref.reference)
            PullReportText.show(
                "  \(label.en): \(ref.commits) commit\(PullReportText.plural(ref.commits))",
                "  \(label.zh)：\(ref.commits) 个提交"
            )
        }
    }
}
