import ArgumentParser
import AuditApp
import Foundation

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: InterfaceLanguage.text("List versions and their revisions, oldest first, grouped by department.", "按部门分组列出各版本及其修订版本，由旧到新。")
    ).parsedUnderAudit

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: InterfaceLanguage.help("Only this version.", "只列此版本。"))
    var version: String?

    func run() throws {
        let groups = try ListRevisions(workspace: workspaceOptions.open()).grouped(version, format: RevisionRow())
        if groups.isEmpty {
            print(InterfaceLanguage.text("no versions stored yet (run 'audit commit <version> <file>')", "尚未存储任何版本（请运行 'audit commit <版本> <文件>'）"))
        } else {
            FileHandle.standardOutput.write(Data(RevisionTable.render(groups)))
        }
    }
}
