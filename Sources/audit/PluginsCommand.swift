import ArgumentParser
import AuditApp
import AuditEngine
import CheckerKit
import Foundation
import TextEscaping

struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the checker plugins: id, version, default level, summary, and the options audit.yml may set; then the external checkers audit.yml declares."
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func run() throws {
        let plugins = try ListPlugins(directory: workspaceOptions.directory).run()
        let blocks = plugins.builtIn.map(block) + plugins.external.map(block)
        FileHandle.standardOutput.write(Data((blocks.joined(separator: "\n") + "\n").utf8))
    }

    private func block(_ description: CheckerDescription) -> String {
        var lines = ["\(description.id)  \(description.version)  \(description.defaultLevel.rawValue)  \(description.summary)"]
        lines += description.options.map { "    \($0.key): \($0.defaultValue.display)  \($0.meaning)" }
        lines += description.rules.map { "    rule \($0.id): \($0.name)" }
        return lines.joined(separator: "\n")
    }

    /// An external checker's rules and levels are known only from its output, so its block
    /// says what runs, and where.
    private func block(_ checker: ExternalChecker) -> String {
        let state = checker.enabled ? "" : "  (disabled)"
        let level = checker.level.map { "  level \($0.rawValue)" } ?? ""
        var lines = ["\(checker.id)  \(checker.version)  external\(level)\(state)  \(checker.summary ?? "declared in audit.yml")"]
        lines.append("    command: \(checker.commandLine)  (in \(checker.directory.path))")
        lines.append("    rules: \(checker.id).*, declared in its output")
        return TerminalText.visible(lines.joined(separator: "\n"))
    }
}
