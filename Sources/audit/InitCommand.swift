import ArgumentParser
import AuditStore
import TextEscaping

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the workspace and its git store (does nothing if they exist)."
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func run() throws {
        let workspace = try Workspace.initialize(at: workspaceOptions.directory)
        print(TerminalText.visibleLine("workspace ready: \(workspace.directory.relativePath) (store: \(workspace.storeDirectory.relativePath))"))
    }
}
