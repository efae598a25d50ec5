import ArgumentParser
import AuditApp
import Foundation
import Glibc

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "One table of every version: department × year, findings by level, new and fixed since last year, triage.",
        discussion: """
            Each version's latest revision, with the findings recorded when it was committed (recomputed when missing), \
            or with --fresh the checkers run now, several revisions at once (one per core). NEW and FIXED compare with \
            the same department's previous year; findings set aside by triage are left out of the counts, confirmed ones \
            are counted. Progress goes to stderr once the work takes over a second.
            """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @OptionGroup var outputOptions: OutputOptions<SummaryFormat>

    @Flag(help: "Run the checkers over every revision now instead of reading the findings recorded at commit.")
    var fresh = false

    func validate() throws {
        if outputOptions.format.isBinary, outputOptions.output == nil, isatty(STDOUT_FILENO) == 1 {
            throw InterfaceLanguage.usage("--format \(outputOptions.format.rawValue) is binary: give -o FILE or redirect standard output", "--format \(outputOptions.format.rawValue) 是二进制格式：请用 -o 文件，或重定向标准输出")
        }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        workspace.warn = Warning.print
        let meter = ProgressMeter(verb: InterfaceLanguage.text("checked", "已检查"))
        let rows = try SummarizeSeason(workspace: workspace).run(fresh: fresh) { meter.update(done: $0.done, total: $0.total, label: $0.label) }
        meter.finish()
        try outputOptions.write(outputOptions.format.render(rows), outside: [workspace.storeDirectory])
    }
}
