import ArgumentParser
import AuditApp

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: InterfaceLanguage.text("The revisions where a finding appeared, when it was first seen and when it was fixed.", "某发现项出现过的修订版本：何时首次出现，何时被改正。"),
        discussion: InterfaceLanguage.text("The finding id is a prefix of its fingerprint, as 'audit findings' shows it (at least 4 hex digits).", "发现项 ID 是其指纹的前缀，即 'audit findings' 所显示的（至少 4 位十六进制数字）。")
    ).parsedUnderAudit

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: InterfaceLanguage.help("The finding id.", "发现项 ID。"))
    var id: String

    func run() throws {
        let traced = try TraceFinding(workspace: workspaceOptions.open()).run(id)
        traced.warnings.forEach(Warning.print)
        print(HistoryReport(history: traced.history, decision: traced.decision).lines.joined(separator: "\n"))
    }
}
