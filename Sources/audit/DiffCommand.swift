import ArgumentParser
import AuditApp
import Foundation
import ReportDiff

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two stored revisions: table cells, paragraphs, figures.",
        discussion: """
        Refs as for show: 2020 (latest revision), 2021@1 (first revision), or a commit-id prefix.
        Formatting alone (number separators, full-width digits, trailing zeros, line wrapping) is not a change.
        """
    )

    enum Format: String, OutputChoice {
        case text, json, markdown, html

        static let standard = Format.text
    }

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "The old revision.")
    var old: String

    @Argument(help: "The new revision.")
    var new: String

    /// Text is coloured on a terminal only; html is one self-contained page.
    @OptionGroup var outputOptions: OutputOptions<Format>

    func run() throws {
        let workspace = try workspaceOptions.open()
        let document = try CompareRevisions(workspace: workspace).run(old: old, new: new)
        try outputOptions.write(try render(document), outside: [workspace.storeDirectory])
    }

    private func render(_ document: DiffDocument) throws -> Data {
        switch outputOptions.format {
        case .text: return Data(TextRenderer(colour: outputOptions.colour, language: InterfaceLanguage.current).render(document).utf8)
        case .json: return try document.json() + Data("\n".utf8)
        case .markdown: return Data(MarkdownRenderer(language: InterfaceLanguage.current).render(document).utf8)
        case .html: return Data(HTMLRenderer(language: InterfaceLanguage.current).render(document).utf8)
        }
    }
}
