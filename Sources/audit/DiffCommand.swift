import ArgumentParser
import AuditApp
import Foundation
import ReportDiff

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: InterfaceLanguage.text("Show what changed between two stored revisions: table cells, paragraphs, figures.", "显示两个已存储修订版本之间的变化：表格单元格、段落、数字。"),
        discussion: InterfaceLanguage.text(
            """
            Refs as for show: 2020 (latest revision), 2021@1 (first revision), or a commit-id prefix.
            Formatting alone (number separators, full-width digits, trailing zeros, line wrapping) is not a change.
            """,
            "修订版本的写法同 show：2020（最新修订版本）、2021@1（第一个修订版本），或提交 ID 前缀。\n只是格式不同（数字分隔符、全角数字、末尾的零、换行）不算变化。"
        )
    ).parsedUnderAudit

    enum Format: String, OutputChoice {
        case text, json, markdown, html

        static let standard = Format.text
    }

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: InterfaceLanguage.help("The old revision.", "旧的修订版本。"))
    var old: String

    @Argument(help: InterfaceLanguage.help("The new revision.", "新的修订版本。"))
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
