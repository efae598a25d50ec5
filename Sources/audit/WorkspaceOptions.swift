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
        help: ArgumentHelp("The workspace directory (default: $AUDIT_WORKSPACE, else ./workspace).", valueName: "dir")
    )
    var workspace: String?

    /// Read by `InterfaceLanguage` from the arguments themselves; declared here so that every
    /// command accepts it, lists it in its help and refuses a value that is not a language.
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp("The language of the output: en or zh (default: zh when LC_ALL, LC_MESSAGES or LANG, the first set, is zh_*).", valueName: "lang")
    )
    var language: Language?

    func validate() throws {
        if workspace?.isEmpty == true { throw InterfaceLanguage.usage("--workspace needs a directory", "--workspace 需要一个目录") }
    }

    var directory: URL {
        let environment = ProcessInfo.processInfo.environment[Self.environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
        return URL(fileURLWithPath: workspace ?? environment ?? Self.defaultDirectory)
    }

    func open() throws -> Workspace {
        let workspace = try Workspace.open(at: directory)
        workspace.warn = Warning.print
        return workspace
    }
}
