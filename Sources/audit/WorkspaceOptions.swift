import ArgumentParser
import AuditStore
import Foundation
import Localization

/// `--workspace DIR`, shared by every command.
struct WorkspaceOptions: ParsableArguments {
    static let environmentVariable = "AUDIT_WORKSPACE"
    static let defaultDirectory = "./workspace"

    @Option(
        name: .long,
        help: InterfaceLanguage.help("The workspace directory (default: $AUDIT_WORKSPACE, else ./workspace).", "工作区目录（默认：$AUDIT_WORKSPACE，未设置时为 ./workspace）。", valueName: "dir")
    )
    var workspace: String?

    /// `LanguageOption`'s option declared here rather than as a nested option group: each group
    /// costs ArgumentParser's parse of every store command four protocol conformance scans of
    /// the whole binary (about 1.3 M instructions, issue 19), and the help lists it the same.
    @Option(name: LanguageOption.name, help: LanguageOption.help)
    var language: Language?

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
