import ArgumentParser
import AuditApp

struct PushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: InterfaceLanguage.text("Send the versions, findings and triage decisions a remote lacks.", "把远程仓库缺少的版本、发现项和审阅决定推送过去。"),
        discussion: InterfaceLanguage.text("Refused, changing nothing, when the remote holds revisions or decisions this workspace lacks: pull first.", "远程仓库有此工作区没有的修订版本或审阅决定时拒绝推送，不做任何改动：请先拉取。")
    ).parsedUnderAudit

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: InterfaceLanguage.help("The remote (default: origin).", "远程仓库（默认：origin）。"))
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
