import ArgumentParser
import AuditApp

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "The revisions where a finding appeared, when it was first seen and when it was fixed.",
        discussion: "The finding id is a prefix of its fingerprint, as 'audit findings' shows it (at least 4 hex digits)."
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "The finding id.")
    var id: String

    func run() throws {
        let traced = try TraceFinding(workspace: workspaceOptions.open()).run(id)
        traced.warnings.forEach(Warning.print)
        print(HistoryReport(history: traced.history, decision: traced.decision).lines.joined(separator: "\n"))
    }
}
