import ArgumentParser
import AuditApp
import TextEscaping

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
        guard !pushed.isEmpty else { return print("\(remote): already up to date") }
        print(TerminalText.visibleLine("pushed to \(remote): \(pushed.count) ref\(PullReportText.plural(pushed.count))"))
        for ref in pushed {
            print(TerminalText.visibleLine("  \(SyncStatus.label(ref.reference)): \(ref.commits) commit\(PullReportText.plural(ref.commits))"))
        }
    }
}
