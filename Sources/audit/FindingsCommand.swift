import ArgumentParser
import AuditApp
import AuditEngine
import Foundation
import Glibc

struct FindingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "findings",
        abstract: "The findings recorded when a revision was committed, against a baseline and with triage.",
        discussion: """
            Findings are recorded by 'audit commit'; a missing or damaged record is recomputed with a warning. \
            With --baseline each finding is new, unchanged, updated (same rule and place, other figures) or absent \
            (in the baseline, gone now). Triaged findings are hidden from text unless --all.
            """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "The revision: 2021 (latest), 2021@1, or a commit-id prefix.")
    var ref: String

    @Option(help: ArgumentHelp("Compare with this revision, e.g. 2020 or 2021@1.", valueName: "ref"))
    var baseline: String?

    @Option(help: "text, json, sarif or markdown.")
    var format: OutputFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Show triaged findings in text output too.")
    var all = false

    func validate() throws {
        if output?.isEmpty == true { throw ValidationError("--output needs a file") }
    }

    func run() throws {
        let checked = try ReviewFindings(workspace: workspaceOptions.open()).run(ref, baseline: baseline)
        checked.reviewed.warnings.forEach(Warning.print)
        let colour = output == nil && isatty(STDOUT_FILENO) == 1
        try OutputFile.write(try checked.reviewed.render(format, subject: checked.subject, colour: colour, all: all), to: output)
    }
}
