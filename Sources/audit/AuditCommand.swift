import ArgumentParser
import AuditEngine

@main
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: InterfaceLanguage.text("A workbench for auditing department final-accounts reports (部门决算).", "部门决算审核工作台。"),
        discussion: InterfaceLanguage.text("Report versions live in a git store in the workspace; every command takes --workspace DIR.", "报告的各版本保存在工作区的 git 存储中；每个命令都接受 --workspace DIR。"),
        // The version SARIF logs name as tool.driver.version, so a log says which audit wrote it.
        version: AuditVersion.current,
        subcommands: [
            InitCommand.self,
            CommitCommand.self,
            LogCommand.self,
            ShowCommand.self,
            DiffCommand.self,
            CheckCommand.self,
            SummaryCommand.self,
            DupsCommand.self,
            FindingsCommand.self,
            HistoryCommand.self,
            TriageCommand.self,
            ReportCommand.self,
            PluginsCommand.self,
            RulesCommand.self,
            RemoteCommand.self,
            PushCommand.self,
            PullCommand.self,
            CloneCommand.self,
            StatusCommand.self,
            ServeCommand.self,
        ]
    )

    /// Also declared by each subcommand: ArgumentParser gives a subcommand the value of an
    /// identical option group given before its name, so `audit --workspace DIR log` works too.
    @OptionGroup var workspaceOptions: WorkspaceOptions

    /// Replaces ArgumentParser's entry point so every failure, usage errors included, ends the
    /// same way: one line on stderr and exit status 2 (see `FailureExit`).
    static func main() {
        // What ArgumentParser would print, without parsing: finding the root command's options
        // and subcommands scans every protocol conformance in the binary (issue 19), which was
        // most of what `audit --version` cost once the libraries were no longer loaded at start.
        if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {
            print(AuditVersion.current)
            return
        }
        do {
            var command = try SubcommandShortcut.parse(Array(CommandLine.arguments.dropFirst()), under: self) ?? parseAsRoot()
            try command.run()
        } catch {
            FailureExit.exit(for: error)
        }
    }
}
