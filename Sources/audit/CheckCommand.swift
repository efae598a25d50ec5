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
        abstract: "Run the checkers over a stored revision and report what they find.",
        discussion: """
            Checkers and their options come from <workspace>/audit.yml (see `audit plugins`). \
            Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 on bad usage or input.
            """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "The revision to check: 2021 (latest), 2021@1, or a commit-id prefix.")
    var ref: String

    @OptionGroup var outputOptions: OutputOptions<OutputFormat>

    @Option(help: ArgumentHelp("Run only these checkers, enabled or not (comma-separated ids).", valueName: "ids"))
    var only: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding at or above this level exists that no reviewer set aside (confirmed ones count): error, warning, note or never.")
    var failOn: FailThreshold = .error

    @Flag(help: "Show triaged findings in text output too.")
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
