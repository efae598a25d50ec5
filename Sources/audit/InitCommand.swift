import ArgumentParser
import AuditStore
import TextEscaping

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: InterfaceLanguage.text("Create the workspace and its git store (does nothing if they exist).", "创建工作区及其 git 存储（已存在则不做任何事）。")
    ).parsedUnderAudit

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func run() throws {
        let workspace = try Workspace.initialize(at: workspaceOptions.directory)
        let (directory, store) = (workspace.directory.relativePath, workspace.storeDirectory.relativePath)
        print(TerminalText.visibleLine(InterfaceLanguage.text("workspace ready: \(directory) (store: \(store))", "工作区已就绪：\(directory)（存储：\(store)）")))
    }
}
