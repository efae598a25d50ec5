import ArgumentParser
import AuditApp
import Foundation
import Glibc
import TextEscaping

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

    @Argument(help: "The revision to show.")
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
