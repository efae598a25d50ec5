import ArgumentParser
import AuditApp

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List versions and their revisions, oldest first."
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "Only this version.")
    var version: String?

    func run() throws {
        let revisions = try ListRevisions(workspace: workspaceOptions.open()).run(version)
        if revisions.isEmpty {
            print("no versions stored yet (run 'audit commit <version> <file>')")
        } else {
            print(RevisionTable.render(revisions), terminator: "")
        }
    }
}
