import ArgumentParser
import AuditApp
import TextEscaping

struct RemoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remote",
        abstract: InterfaceLanguage.text("Add or list the stores this workspace pushes to and pulls from.", "添加或列出此工作区推送和拉取的远程存储。"),
        subcommands: [RemoteAddCommand.self, RemoteListCommand.self],
        defaultSubcommand: RemoteListCommand.self
    ).parsedUnderAudit
}

struct RemoteAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: InterfaceLanguage.text("Add remote NAME at URL (a path, file://, git://, ssh:// or https://).", "添加位于 URL 的远程仓库 NAME（路径、file://、git://、ssh:// 或 https://）。"),
        discussion: InterfaceLanguage.text("Kept in the store's git configuration; no credentials are stored (ssh uses the ssh agent).", "记录在存储的 git 配置中；不保存任何凭据（ssh 使用 ssh 代理）。")
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: InterfaceLanguage.help("The remote's name, e.g. origin.", "远程仓库的名称，如 origin。"))
    var name: String

    @Argument(help: InterfaceLanguage.help("Where its store is: a bare git repository, local or on a server.", "其存储所在：一个本地或服务器上的裸 git 仓库。"))
    var url: String

    func run() throws {
        let location = try ManageRemotes(workspace: workspaceOptions.open()).add(name, url: url)
        PullReportText.show("remote \(name): \(location)", "远程仓库 \(name)：\(location)")
    }
}

struct RemoteListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: InterfaceLanguage.text("List the remotes; with -v, their URLs.", "列出远程仓库；用 -v 时同时列出其 URL。"))

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Flag(name: [.short, .long], help: InterfaceLanguage.help("Show each remote's URL.", "显示每个远程仓库的 URL。"))
    var verbose = false

    func run() throws {
        for remote in try ManageRemotes(workspace: workspaceOptions.open()).list() {
            print(TerminalText.visibleLine(verbose ? "\(remote.name)\t\(remote.url)" : remote.name))
        }
    }
}
