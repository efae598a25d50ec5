import ArgumentParser
import AuditStore
import Foundation
import ReportModel
import StoredReports

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a stored revision's text, original bytes, parsed model or outline.",
        discussion: "Refs: 2021 (latest revision), 2021@1 (first revision), or a commit-id prefix (4+ hex digits)."
    )

    enum View: EnumerableFlag {
        case text, raw, json, outline

        static func help(for value: View) -> ArgumentHelp? {
            switch value {
            case .text: return "The stored UTF-8 text (the default)."
            case .raw: return "The original bytes as committed."
            case .json: return "The parsed report model (sections, paragraphs, tables, figures) as JSON."
            case .outline: return "A readable outline: headings, tables with their columns, counts."
            }
        }
    }

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "The revision to show.")
    var ref: String

    @Flag var view: View = .text

    func run() throws {
        let workspace = try workspaceOptions.open()
        let revision = try workspace.resolve(ref)
        FileHandle.standardOutput.write(try output(workspace, revision))
    }

    private func output(_ workspace: Workspace, _ revision: Revision) throws -> Data {
        switch view {
        case .raw: return try workspace.original(of: revision)
        case .text: return Data(try workspace.text(of: revision).utf8)
        case .json: return try workspace.report(of: revision).json() + Data("\n".utf8)
        case .outline: return Data(try workspace.report(of: revision).outline.utf8)
        }
    }
}
