import ArgumentParser
import AuditStore

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List versions and their revisions, oldest first."
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "Only this version.")
    var version: String?

    func run() throws {
        let workspace = try workspaceOptions.open()
        let versions = try version.map { [$0] } ?? workspace.versions()
        let revisions = try versions.flatMap(workspace.revisions(of:))
        if revisions.isEmpty {
            print("no versions stored yet (run 'audit commit <version> <file>')")
        } else {
            print(RevisionTable.render(revisions), terminator: "")
        }
    }
}
