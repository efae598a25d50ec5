import ArgumentParser
import AuditApp
import AuditEngine
import Foundation
import Glibc

extension OutputFormat: ExpressibleByArgument {}
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

    @Option(help: "text, json, sarif or markdown.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Run only these checkers, enabled or not (comma-separated ids).", valueName: "ids"))
    var only: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when an untriaged finding at or above this level exists: error, warning, note or never.")
    var failOn: FailThreshold = .error

    @Flag(help: "Show triaged findings in text output too.")
    var all = false

    func run() throws {
        let checked = try CheckRevision(workspace: workspaceOptions.open()).run(ref, only: onlyIDs)
        let colour = output == nil && isatty(STDOUT_FILENO) == 1
        // Triaged findings are SARIF suppressions, hidden from text unless --all, and never fail the check.
        try write(try checked.reviewed.render(format, subject: checked.subject, colour: colour, all: all))
        if failOn.isReached(by: checked.reviewed.untriaged) { throw ExitCode(1) }
    }

    private var onlyIDs: [String]? {
        only.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    private func write(_ text: String) throws {
        guard let output else { return FileHandle.standardOutput.write(Data(text.utf8)) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: output))
    }
}
