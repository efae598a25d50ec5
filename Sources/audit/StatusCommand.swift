import ArgumentParser
import AuditApp

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: InterfaceLanguage.text("For each remote: the versions, findings records and triage ledger ahead of or behind it.", "对每个远程仓库：各版本、发现项记录和审阅台账领先或落后于它的情况。"),
        discussion: InterfaceLanguage.text("Compares with the remote as the last pull, push or fetch saw it; --fetch asks the remote now.", "与上次拉取、推送或获取时所见的远程仓库比较；--fetch 则现在向远程仓库查询。")
    ).parsedUnderAudit

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Flag(help: InterfaceLanguage.help("Fetch each remote first.", "先从每个远程仓库获取。"))
    var fetch = false

    func run() throws {
        let remotes = try SyncStatus(workspace: workspaceOptions.open()).remotes(fetch: fetch)
        if remotes.isEmpty { return PullReportText.show("no remotes (audit remote add NAME URL)", "没有远程仓库（audit remote add NAME URL）") }
        for remote in remotes {
            let ahead = remote.differing.filter { $0.ahead > 0 }.count
            let behind = remote.differing.filter { $0.behind > 0 }.count
            PullReportText.show(
                "\(remote.name) (\(remote.url)): \(ahead) ahead, \(behind) behind, \(remote.equal) up to date",
                "\(remote.name)（\(remote.url)）：领先 \(ahead) 项，落后 \(behind) 项，一致 \(remote.equal) 项"
            )
            for comparison in remote.differing {
                PullReportText.show(
                    "  \(comparison.label.en): \(comparison.ahead) ahead, \(comparison.behind) behind",
                    "  \(comparison.label.zh)：领先 \(comparison.ahead) 个提交，落后 \(comparison.behind) 个提交"
                )
            }
        }
    }
}
