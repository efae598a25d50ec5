import ArgumentParser
import AuditStore
import Foundation

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a stored revision's text.",
        discussion: "Refs: 2021 (latest revision), 2021@1 (first revision), or a commit-id prefix (4+ hex digits)."
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "The revision to show.")
    var ref: String

    @Flag(help: "Print the original bytes as committed instead of the UTF-8 text.")
    var raw = false

    func run() throws {
        let workspace = try workspaceOptions.open()
        let revision = try workspace.resolve(ref)
        let output = raw ? try workspace.original(of: revision) : Data(try workspace.text(of: revision).utf8)
        FileHandle.standardOutput.write(output)
    }
}
