import ArgumentParser
import AuditApp
import TextEscaping

struct RemoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remote",
        abstract: "Add or list the stores this workspace pushes to and pulls from.",
        subcommands: [RemoteAddCommand.self, RemoteListCommand.self],
        defaultSubcommand: RemoteListCommand.self
    )
}

struct RemoteAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add remote NAME at URL (a path, file://, git://, ssh:// or https://).",
        discussion: "Kept in the store's git configuration; no credentials are stored (ssh uses the ssh agent)."
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "The remote's name, e.g. origin.")
    var name: String

    @Argument(help: "Where its store is: a bare git repository, local or on a server.")
    var url: String

    func run() throws {
        let location = try ManageRemotes(workspace: workspaceOptions.open()).add(name, url: url)
        PullReportText.show("remote \(name): \(location)", "远程仓库 \(name)：\(location)")
    }
}

struct RemoteListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the remotes; with -v, their URLs.")

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Flag(name: [.short, .long], help: "Show each remote's URL.")
    var verbose = false

    func run() throws {
        for remote in try ManageRemotes(workspace: workspaceOptions.open()).list() {
            print(TerminalText.visibleLine(verbose ? "\(remote.name)\t\(remote.url)" : remote.name))
        }
    }
}
