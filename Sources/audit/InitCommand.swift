import ArgumentParser
import AuditStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the workspace and its git store (does nothing if they exist)."
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func run() throws {
        let workspace = try Workspace.initialize(at: workspaceOptions.directory)
        print("workspace ready: \(workspace.directory.relativePath) (store: \(workspace.storeDirectory.relativePath))")
    }
}
