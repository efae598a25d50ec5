import ArgumentParser
import AuditApp
import AuditStore
import Foundation
import ReviewReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: InterfaceLanguage.text("Write the reviewer report: findings by level and status, each quoted with its history, and what changed.", "写出审阅报告：按级别和状态列出发现项，各附引文和历史，以及内容的变化。"),
        discussion: InterfaceLanguage.text("The output's extension picks the format: .html (one self-contained page), .md, or .pdf (the committed PDF with each finding boxed, numbered and explained at the foot of its page, after a cover page).", "输出文件的扩展名决定格式：.html（一个自包含的网页）、.md，或 .pdf（在封面之后，为提交的 PDF 中每个发现项加框、编号，并在所在页页脚说明）。")
    ).parsedUnderAudit

    enum Format: String {
        case html, md, pdf
    }

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: InterfaceLanguage.help("The revision: 2021 (latest), 2021@1, or a commit-id prefix.", "修订版本：2021（最新）、2021@1，或提交 ID 前缀。"))
    var ref: String

    @Option(help: InterfaceLanguage.help("Compare findings and text with this revision, e.g. 2020.", "与此修订版本比较发现项和文字，如 2020。", valueName: "ref"))
    var baseline: String?

    @Option(name: .shortAndLong, help: InterfaceLanguage.help("The report file, ending in .html, .md or .pdf.", "报告文件，以 .html、.md 或 .pdf 结尾。", valueName: "file"))
    var output: String

    @Flag(help: InterfaceLanguage.help("In a .pdf, mark the findings a reviewer set aside too (false-positive, wont-fix, accepted, under-review).", "在 .pdf 中也标出审阅人搁置的发现项（false-positive、wont-fix、accepted、under-review）。"))
    var all = false

    @Option(help: InterfaceLanguage.help("The reviewer a .pdf's cover names, \"Name <email>\" (default: $AUDIT_AUTHOR, else git's user.name and user.email).", ".pdf 封面上署名的审阅人，格式 \"姓名 <邮箱>\"（默认：$AUDIT_AUTHOR，未设置时为 git 的 user.name 和 user.email）。", valueName: "reviewer"))
    var reviewer: String?

    func validate() throws {
        guard let format else {
            throw InterfaceLanguage.usage("--output must end in .html, .md or .pdf: \(output)", "--output 必须以 .html、.md 或 .pdf 结尾：\(output)")
        }
        if format != .pdf, all || reviewer != nil {
            throw InterfaceLanguage.usage("--all and --reviewer are for a .pdf report", "--all 和 --reviewer 只用于 .pdf 报告")
        }
    }

    private var format: Format? {
        Format(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased())
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        if format == .pdf { return try writePDF(workspace) }
        let (document, warnings) = try BuildReviewReport(workspace: workspace).run(ref, baseline: baseline)
        warnings.forEach(Warning.print)
        let rendered = format == .html ? HTMLReviewRenderer(language: InterfaceLanguage.current).render(document)
            : MarkdownReviewRenderer(language: InterfaceLanguage.current).render(document)
        try OutputFile.write(Data(rendered.utf8), to: output, outside: [workspace.storeDirectory])
        print(InterfaceLanguage.text("wrote \(output): \(document.entries.count) findings", "已写入 \(output)：检查结果 \(document.entries.count) 项"))
    }

    private func writePDF(_ workspace: Workspace) throws {
        let (pdf, marked, warnings) = try BuildMarkedUpPDF(workspace: workspace).run(
            ref, baseline: baseline, includeSetAside: all, reviewer: reviewer ?? CommitCommand.environmentAuthor,
            language: InterfaceLanguage.current
        )
        warnings.forEach(Warning.print)
        try OutputFile.write(pdf, to: output, outside: [workspace.storeDirectory])
        print(InterfaceLanguage.text("wrote \(output): \(marked) findings marked", "已写入 \(output)：标注检查结果 \(marked) 项"))
    }
}
