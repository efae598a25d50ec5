import ArgumentParser
import AuditApp
import Foundation
import ReviewReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the reviewer report: findings by level and status, each quoted with its history, and what changed.",
        discussion: "The output's extension picks the format: .html (one self-contained page) or .md."
    )

    enum Format: String {
        case html, md
    }

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "The revision: 2021 (latest), 2021@1, or a commit-id prefix.")
    var ref: String

    @Option(help: ArgumentHelp("Compare findings and text with this revision, e.g. 2020.", valueName: "ref"))
    var baseline: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The report file, ending in .html or .md.", valueName: "file"))
    var output: String

    func validate() throws {
        guard format != nil else { throw InterfaceLanguage.usage("--output must end in .html or .md: \(output)", "--output 必须以 .html 或 .md 结尾：\(output)") }
    }

    private var format: Format? {
        Format(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased())
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let (document, warnings) = try BuildReviewReport(workspace: workspace).run(ref, baseline: baseline)
        warnings.forEach(Warning.print)
        let rendered = format == .html ? HTMLReviewRenderer(language: InterfaceLanguage.current).render(document)
            : MarkdownReviewRenderer(language: InterfaceLanguage.current).render(document)
        try OutputFile.write(Data(rendered.utf8), to: output, outside: [workspace.storeDirectory])
        print(InterfaceLanguage.text("wrote \(output): \(document.entries.count) findings", "已写入 \(output)：检查结果 \(document.entries.count) 项"))
    }
}
