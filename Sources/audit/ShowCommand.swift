import ArgumentParser
import AuditApp
import Foundation
import Glibc
import TextEscaping

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: InterfaceLanguage.text("Print a stored revision's text, original bytes, parsed model or outline.", "输出已存储修订版本的文字、原始字节、解析后的模型或提纲。"),
        discussion: InterfaceLanguage.text("Refs: 2021 (latest revision), 2021@1 (first revision), or a commit-id prefix (4+ hex digits).", "修订版本的写法：2021（最新修订版本）、2021@1（第一个修订版本），或提交 ID 前缀（至少 4 位十六进制数字）。")
    ).parsedUnderAudit

    enum View: EnumerableFlag {
        case text, raw, json, outline

        static func help(for value: View) -> ArgumentHelp? {
            switch value {
            case .text: return InterfaceLanguage.help("The stored UTF-8 text (the default).", "存储的 UTF-8 文字（默认）。")
            case .raw: return InterfaceLanguage.help("The original bytes as committed.", "提交时的原始字节。")
            case .json: return InterfaceLanguage.help("The parsed report model (sections, paragraphs, tables, figures) as JSON.", "解析后的报告模型（章节、段落、表格、数字），JSON 格式。")
            case .outline: return InterfaceLanguage.help("A readable outline: headings, tables with their columns, counts.", "便于阅读的提纲：标题、各表及其列、数量。")
            }
        }

        var applicationView: ShowRevision.View {
            switch self {
            case .text: .text
            case .raw: .raw
            case .json: .json
            case .outline: .outline
            }
        }
    }

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: InterfaceLanguage.help("The revision to show.", "要显示的修订版本。"))
    var ref: String

    @Flag var view: View = .text

    func run() throws {
        let shown = try ShowRevision(workspace: workspaceOptions.open()).run(ref, view: view.applicationView, language: InterfaceLanguage.current)
        FileHandle.standardOutput.write(onTerminal ? Data(TerminalText.visible(String(decoding: shown, as: UTF8.self)).utf8) : shown)
    }

    /// On a terminal the report's control characters are shown, not obeyed; piped, the text is
    /// exact, and --raw always gives the bytes as committed.
    private var onTerminal: Bool {
        view != .raw && isatty(STDOUT_FILENO) == 1
    }
}
