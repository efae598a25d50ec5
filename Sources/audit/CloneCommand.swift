import ArgumentParser
import AuditApp
import Foundation

struct CloneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clone",
        abstract: "Make a new workspace DIR from the store at URL, with URL as its remote 'origin'."
    )

    @Argument(help: "The store: a path, file://, git://, ssh:// or https://.")
    var url: String

    @Argument(help: "The new workspace's directory (absent or empty).")
    var directory: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        let (_, report) = try CloneWorkspace.clone(url, into: URL(fileURLWithPath: directory), committer: CommitCommand.environmentAuthor)
        PullReportText.print(report)
    }
}
