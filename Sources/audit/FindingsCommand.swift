import ArgumentParser
import AuditApp
import AuditEngine
import Foundation

struct FindingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "findings",
        abstract: "The findings recorded when a revision was committed, against a baseline and with triage.",
        discussion: """
            Findings are recorded by 'audit commit'; a missing or damaged record is recomputed with a warning. \
            With --baseline each finding is new, unchanged, updated (same rule and place, other figures) or absent \
            (in the baseline, gone now). Findings set aside by triage (every status but confirmed) are hidden from text unless --all.
            """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "The revision: 2021 (latest), 2021@1, or a commit-id prefix.")
    var ref: String

    @Option(help: ArgumentHelp("Compare with this revision, e.g. 2020 or 2021@1.", valueName: "ref"))
    var baseline: String?

    @OptionGroup var outputOptions: OutputOptions<OutputFormat>

    @Flag(help: "Show triaged findings in text output too.")
    var all = false

    func run() throws {
        let workspace = try workspaceOptions.open()
        let checked = try ReviewFindings(workspace: workspace).run(ref, baseline: baseline)
        checked.reviewed.warnings.forEach(Warning.print)
        let rendered = try checked.reviewed.render(outputOptions.format, subject: checked.subject, colour: outputOptions.colour, all: all)
        try outputOptions.write(rendered, outside: [workspace.storeDirectory])
    }
}
