import ArgumentParser
import AuditApp
import AuditEngine
import AuditStore
import Foundation

struct DupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dups",
        abstract: InterfaceLanguage.text("Find paragraphs and passages shared between different reports.", "查找不同报告之间相同的段落和文字。"),
        discussion: InterfaceLanguage.text(
            """
                Each source is a report file (UTF-8, GB18030 or UTF-16) or a workspace directory, whose every version \
                contributes its latest revision. Options come from the duplicate-narrative section of <workspace>/audit.yml. \
                Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 on bad usage or input.
                """,
            "每个来源是一个报告文件（UTF-8、GB18030 或 UTF-16）或一个工作区目录，工作区的每个版本取其最新修订版本。选项来自 <workspace>/audit.yml 的 duplicate-narrative 部分。退出状态：没有发现项达到 --fail-on 时为 0，有则为 1，用法或输入有误时为 2。"
        )
    ).parsedUnderAudit

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: InterfaceLanguage.help("Report files or workspace directories.", "报告文件或工作区目录。", valueName: "file-or-workspace"))
    var sources: [String]

    @OptionGroup var outputOptions: OutputOptions<OutputFormat>

    @Option(name: .customLong("fail-on"), help: InterfaceLanguage.help("Exit 1 when a finding at or above this level exists: error, warning, note or never.", "存在达到此级别的发现项时以状态 1 退出：error、warning、note 或 never。"))
    var failOn: FailThreshold = .error

    func validate() throws {
        if sources.isEmpty { throw InterfaceLanguage.usage("no report files or workspaces given", "未给出报告文件或工作区") }
    }

    func run() throws {
        let (run, subject) = try FindDuplicates(configurationDirectory: workspaceOptions.directory, warn: Warning.print).run(sources)
        let text = try outputOptions.format.render(run, subject: subject, colour: outputOptions.colour, language: InterfaceLanguage.current)
        try outputOptions.write(text, outside: stores)
        if failOn.isReached(by: run) { throw ExitCode(1) }
    }

    /// The stores of the workspace and of every workspace given as a source.
    private var stores: [URL] {
        ([workspaceOptions.directory] + sources.map { URL(fileURLWithPath: $0) }).map { $0.appendingPathComponent(Workspace.storeDirectoryName) }
    }
}
