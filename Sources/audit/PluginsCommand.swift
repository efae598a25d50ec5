import ArgumentParser
import AuditApp
import AuditEngine
import CheckerKit
import Foundation
import TextEscaping

struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: InterfaceLanguage.text("List the checker plugins: id, version, default level, summary, and the options audit.yml may set; then the external checkers audit.yml declares.", "列出检查器插件：ID、版本、默认级别、简介及 audit.yml 可设置的选项；然后列出 audit.yml 声明的外部检查器。")
    ).parsedUnderAudit

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func run() throws {
        let plugins = try ListPlugins(directory: workspaceOptions.directory).run()
        let blocks = plugins.builtIn.map(block) + plugins.external.map(block)
        FileHandle.standardOutput.write(Data((blocks.joined(separator: "\n") + "\n").utf8))
    }

    private func block(_ description: CheckerDescription) -> String {
        let language = InterfaceLanguage.current
        var lines = ["\(description.id)  \(description.version)  \(description.defaultLevel.label(in: language))  \(description.summary(in: language))"]
        lines += description.options.map { "    \($0.key): \($0.defaultValue.display)  \($0.meaning(in: language))" }
        lines += description.rules.map { language("    rule ", "    规则 ") + "\($0.id): \($0.name(in: language))" }
        return lines.joined(separator: "\n")
    }

    /// An external checker's rules and levels are known only from its output, so its block
    /// says what runs, and where.
    private func block(_ checker: ExternalChecker) -> String {
        let language = InterfaceLanguage.current
        let state = checker.enabled ? "" : language("  (disabled)", "  （已停用）")
        let level = checker.level.map { language("  level ", "  级别 ") + $0.label(in: language) } ?? ""
        let summary = checker.summary ?? language("declared in audit.yml", "在 audit.yml 中声明")
        var lines = ["\(checker.id)  \(checker.version)  \(language("external", "外部"))\(level)\(state)  \(summary)"]
        lines.append(language("    command: \(checker.commandLine)  (in \(checker.directory.path))", "    命令：\(checker.commandLine)（在 \(checker.directory.path) 中运行）"))
        lines.append(language("    rules: \(checker.id).*, declared in its output", "    规则：\(checker.id).*，由其输出声明"))
        return TerminalText.visible(lines.joined(separator: "\n"))
    }
}
