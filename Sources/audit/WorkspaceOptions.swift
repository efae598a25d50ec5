import ArgumentParser
import AuditStore
import Foundation

/// `--workspace DIR`, shared by every command.
struct WorkspaceOptions: ParsableArguments {
    static let environmentVariable = "AUDIT_WORKSPACE"
    static let defaultDirectory = "./workspace"

    @Option(
        name: .long,
        help: InterfaceLanguage.help("The workspace directory (default: $AUDIT_WORKSPACE, else ./workspace).", "工作区目录（默认：$AUDIT_WORKSPACE，未设置时为 ./workspace）。", valueName: "dir")
    )
    var workspace: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if workspace?.isEmpty == true { throw InterfaceLanguage.usage("--workspace needs a directory", "--workspace 需要一个目录") }
    }

    var directory: URL {
        let environment = ProcessInfo.processInfo.environment[Self.environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
        return URL(fileURLWithPath: workspace ?? environment ?? Self.defaultDirectory)
    }

    /// Waits first for the findings recorders of earlier commits (`Workspace.awaitRecorders`),
    /// so that what a command reads, or sends, is what a commit that recorded its findings
    /// before returning would have left.
    func open(awaitingRecorders: Bool = true) throws -> Workspace {
        let workspace = try Workspace.open(at: directory)
        workspace.warn = Warning.print
        if awaitingRecorders { workspace.awaitRecorders() }
        return workspace
    }
}
