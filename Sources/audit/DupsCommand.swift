import ArgumentParser
import AuditApp
import AuditEngine
import AuditStore
import Foundation

struct DupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dups",
        abstract: "Find paragraphs and passages shared between different reports.",
        discussion: """
            Each source is a report file (UTF-8, GB18030 or UTF-16) or a workspace directory, whose every version \
            contributes its latest revision. Options come from the duplicate-narrative section of <workspace>/audit.yml. \
            Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 on bad usage or input.
            """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: ArgumentHelp("Report files or workspace directories.", valueName: "file-or-workspace"))
    var sources: [String]

    @OptionGroup var outputOptions: OutputOptions<OutputFormat>

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding at or above this level exists: error, warning, note or never.")
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
