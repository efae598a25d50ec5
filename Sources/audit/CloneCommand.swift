import ArgumentParser
import AuditApp
import Foundation

struct CloneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clone",
        abstract: InterfaceLanguage.text("Make a new workspace DIR from the store at URL, with URL as its remote 'origin'.", "从 URL 处的存储新建工作区 DIR，并以 URL 作为其远程仓库 'origin'。")
    ).parsedUnderAudit

    @Argument(help: InterfaceLanguage.help("The store: a path, file://, git://, ssh:// or https://.", "存储位置：路径、file://、git://、ssh:// 或 https://。"))
    var url: String

    @Argument(help: InterfaceLanguage.help("The new workspace's directory (absent or empty).", "新工作区的目录（须不存在或为空）。"))
    var directory: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        let (_, report) = try CloneWorkspace.clone(url, into: URL(fileURLWithPath: directory), committer: CommitCommand.environmentAuthor)
        PullReportText.print(report)
    }
}
