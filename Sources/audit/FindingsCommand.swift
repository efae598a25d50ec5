import ArgumentParser
import AuditApp
import AuditEngine
import AuditStore
import Foundation
import WorkingPapers

struct FindingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "findings",
        abstract: InterfaceLanguage.text("The findings recorded when a revision was committed, against a baseline and with triage.", "修订版本提交时记录的发现项，可与基线比较，并附审阅决定。"),
        discussion: InterfaceLanguage.text(
            """
                Findings are recorded by 'audit commit'; a missing or damaged record is recomputed with a warning. \
                With --baseline each finding is new, unchanged, updated (same rule and place, other figures) or absent \
                (in the baseline, gone now). Findings set aside by triage (every status but confirmed) are hidden from text unless --all. \
                csv and xlsx give one row per finding, triaged ones included, for a working paper, and take \
                several revisions (one department or year after another); xlsx needs --output or a pipe.
                """,
            "发现项由 'audit commit' 记录；记录缺失或损坏时重新计算，并给出警告。用 --baseline 时，每个发现项为新增、未变、有变化（规则和位置相同，数字不同）或已消失（基线中有，现在没有）。经审阅搁置的发现项（除 confirmed 以外的所有状态）在文本输出中隐藏，除非给出 --all。csv 和 xlsx 每个发现项一行，包括已审阅处理的，供编制工作底稿，并可给多个修订版本（一个部门或年度接一个）；xlsx 需要 --output 或管道。"
        )
    ).parsedUnderAudit

    /// The engine's formats, and the spreadsheet formats only findings have.
    enum Format: String, OutputChoice {
        case text, json, sarif, markdown, csv, xlsx

        static let standard = Format.text
    }

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: InterfaceLanguage.help("The revision: 2021 (latest), 2021@1, or a commit-id prefix; csv and xlsx take several.", "修订版本：2021（最新）、2021@1，或提交 ID 前缀；csv 和 xlsx 可给多个。"))
    var refs: [String]

    @Option(help: InterfaceLanguage.help("Compare with this revision, e.g. 2020 or 2021@1.", "与此修订版本比较，如 2020 或 2021@1。", valueName: "ref"))
    var baseline: String?

    @OptionGroup var outputOptions: OutputOptions<Format>

    @Flag(help: InterfaceLanguage.help("Show triaged findings in text output too.", "文本输出中也显示已审阅处理的发现项。"))
    var all = false

    func validate() throws {
        guard !refs.isEmpty else { throw InterfaceLanguage.usage("give the revision whose findings to show", "请给出要显示检查结果的修订") }
        if refs.count > 1, !isWorkingPaper { throw InterfaceLanguage.usage("only csv and xlsx take several revisions", "只有 csv 和 xlsx 可以接受多个修订") }
        if refs.count > 1, baseline != nil { throw InterfaceLanguage.usage("--baseline compares one revision: give one", "--baseline 只比较一个修订：请只给出一个") }
        if outputOptions.format == .xlsx, outputOptions.writesToTerminal {
            throw InterfaceLanguage.usage("xlsx is a binary file: give --output FILE or pipe it", "xlsx 是二进制文件：请用 --output 文件，或通过管道输出")
        }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        if let format = OutputFormat(rawValue: outputOptions.format.rawValue), let ref = refs.first {
            try writeReport(workspace, format, ref: ref)
        } else {
            try writeWorkingPaper(workspace)
        }
    }

    private var isWorkingPaper: Bool {
        OutputFormat(rawValue: outputOptions.format.rawValue) == nil
    }

    private func writeWorkingPaper(_ workspace: Workspace) throws {
        let (sheet, warnings) = try ReviewFindings(workspace: workspace).workingPaper(refs, baseline: baseline, language: InterfaceLanguage.current)
        warnings.forEach(Warning.print)
        let data = outputOptions.format == .csv ? CSVFormat.data(sheet) : try XLSXFormat.data([sheet])
        try outputOptions.write(data, outside: [workspace.storeDirectory])
    }

    private func writeReport(_ workspace: Workspace, _ format: OutputFormat, ref: String) throws {
        let checked = try ReviewFindings(workspace: workspace).run(ref, baseline: baseline)
        checked.reviewed.warnings.forEach(Warning.print)
        let rendered = try checked.reviewed.render(format, subject: checked.subject, colour: outputOptions.colour, all: all, language: InterfaceLanguage.current)
        try outputOptions.write(rendered, outside: [workspace.storeDirectory])
    }
}
