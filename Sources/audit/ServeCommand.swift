import ArgumentParser
import Foundation
import Localization

/// `audit serve`: the browser workbench. It lives in its own executable, `audit-serve`, built
/// beside this one, which this command replaces itself with (exec, not a child): linking
/// SwiftNIO and Hummingbird here would slow every other command's start-up.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the workspace as a reviewer's workbench in the browser (audit serve --help lists its options).",
        discussion: "[--port 8080] [--bind 127.0.0.1] [--token T | $AUDIT_TOKEN] [--reviewer \"Name <email>\"] [--lang en|zh]; stops on SIGINT or SIGTERM.",
        helpNames: []
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(parsing: .allUnrecognized, help: "Passed to audit-serve.")
    var arguments: [String] = []

    /// The language `audit` chose (its --lang, before or after `serve`, else the locale) is
    /// passed on, so both executables speak as one.
    func run() throws {
        let executable = try Self.serverExecutable()
        let language = [Language.option, InterfaceLanguage.current.rawValue]
        let passed = [executable.path] + (workspaceOptions.workspace.map { ["--workspace", $0] } ?? []) + language + arguments
        let argv = passed.map { strdup($0) } + [nil]
        execv(executable.path, argv)
        throw ValidationError("cannot run \(executable.path): \(String(cString: strerror(errno)))")
    }

    private static func serverExecutable() throws -> URL {
        let own = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        let server = own.deletingLastPathComponent().appendingPathComponent("audit-serve")
        guard FileManager.default.isExecutableFile(atPath: server.path) else {
            throw ValidationError("audit-serve is not installed beside audit (\(server.path)); swift build builds both")
        }
        return server
    }
}
