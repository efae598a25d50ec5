import ArgumentParser
import AuditApp
import Foundation
import Glibc

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: InterfaceLanguage.text("One table of every version: department × year, findings by level, new and fixed since last year, triage.", "所有版本汇总为一张表：部门 × 年度，按级别统计的发现项，较上年新增和已改正的，以及审阅决定。"),
        discussion: InterfaceLanguage.text(
            """
                Each version's latest revision, with the findings recorded when it was committed (recomputed when missing), \
                or with --fresh the checkers run now, several revisions at once (one per core). NEW and FIXED compare with \
                the same department's previous year; findings set aside by triage are left out of the counts, confirmed ones \
                are counted. Progress goes to stderr once the work takes over a second.
                """,
            "每个版本取最新修订版本，用其提交时记录的发现项（缺失时重新计算），或用 --fresh 现在运行检查器，同时检查多个修订版本（每核一个）。NEW 和 FIXED 与同一部门的上一年度比较；经审阅搁置的发现项不计入，已确认的计入。工作超过一秒时，进度输出到标准错误。"
        )
    ).parsedUnderAudit

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @OptionGroup var outputOptions: OutputOptions<SummaryFormat>

    @Flag(help: InterfaceLanguage.help("Run the checkers over every revision now instead of reading the findings recorded at commit.", "现在对每个修订版本运行检查器，而不是读取提交时记录的发现项。"))
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
