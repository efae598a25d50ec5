import ArgumentParser
import AuditApp
import TextEscaping

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "For each remote: the versions, findings records and triage ledger ahead of or behind it.",
        discussion: "Compares with the remote as the last pull, push or fetch saw it; --fetch asks the remote now."
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Flag(help: "Fetch each remote first.")
    var fetch = false

    func run() throws {
        let remotes = try SyncStatus(workspace: workspaceOptions.open()).remotes(fetch: fetch)
        if remotes.isEmpty { return print("no remotes (audit remote add NAME URL)") }
        for remote in remotes {
            let ahead = remote.differing.filter { $0.ahead > 0 }.count
            let behind = remote.differing.filter { $0.behind > 0 }.count
            print(TerminalText.visibleLine("\(remote.name) (\(remote.url)): \(ahead) ahead, \(behind) behind, \(remote.equal) up to date"))
            for comparison in remote.differing {
                print(TerminalText.visibleLine("  \(comparison.label): \(comparison.ahead) ahead, \(comparison.behind) behind"))
            }
        }
    }
}
