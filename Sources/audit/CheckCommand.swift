import ArgumentParser
import AuditApp
import AuditEngine
import Foundation

extension OutputFormat: OutputChoice {
    static let standard = OutputFormat.text
}

extension FailThreshold: ExpressibleByArgument {}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: InterfaceLanguage.text("Run the checkers over a stored revision and report what they find.", "对已存储的修订版本运行各检查器，报告发现项。"),
        discussion: InterfaceLanguage.text(
            """
                Checkers and their options come from <workspace>/audit.yml (see `audit plugins`). \
                Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 on bad usage or input.
                """,
            "检查器及其选项来自 <workspace>/audit.yml（见 'audit plugins'）。退出状态：没有发现项达到 --fail-on 时为 0，有则为 1，用法或输入有误时为 2。"
        )
    ).parsedUnderAudit

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: InterfaceLanguage.help("The revision to check: 2021 (latest), 2021@1, or a commit-id prefix.", "要检查的修订版本：2021（最新）、2021@1，或提交 ID 前缀。"))
    var ref: String

    @OptionGroup var outputOptions: OutputOptions<OutputFormat>

    @Option(help: InterfaceLanguage.help("Run only these checkers, enabled or not (comma-separated ids).", "只运行这些检查器，无论是否启用（以逗号分隔的 ID）。", valueName: "ids"))
    var only: String?

    @Option(name: .customLong("fail-on"), help: InterfaceLanguage.help("Exit 1 when a finding at or above this level exists that no reviewer set aside (confirmed ones count): error, warning, note or never.", "存在达到此级别、且未被审阅人搁置的发现项（已确认的计入）时以状态 1 退出：error、warning、note 或 never。"))
    var failOn: FailThreshold = .error

    @Flag(help: InterfaceLanguage.help("Show triaged findings in text output too.", "文本输出中也显示已审阅处理的发现项。"))
    var all = false

    func run() throws {
        let workspace = try workspaceOptions.open()
        let checked = try CheckRevision(workspace: workspace).run(ref, only: onlyIDs)
        // Findings set aside by triage are SARIF suppressions, hidden from text unless --all, and never
        // fail the check; confirmed ones stay in view and count.
        let rendered = try checked.reviewed.render(outputOptions.format, subject: checked.subject, colour: outputOptions.colour, all: all, language: InterfaceLanguage.current)
        try outputOptions.write(rendered, outside: [workspace.storeDirectory])
        if failOn.isReached(by: checked.reviewed.untriaged) { throw ExitCode(1) }
    }

    private var onlyIDs: [String]? {
        only.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }
}
