import ArgumentParser
import Foundation
import Localization

/// `audit serve`: the browser workbench. It lives in its own executable, `audit-serve`, built
/// beside this one, which this command replaces itself with (exec, not a child): linking
/// SwiftNIO and Hummingbird here would slow every other command's start-up.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: InterfaceLanguage.text("Serve the workspace as a reviewer's workbench in the browser (audit serve --help lists its options).", "在浏览器中以审阅工作台提供工作区（audit serve --help 列出其选项）。"),
        discussion: InterfaceLanguage.text("[--port 8080] [--bind 127.0.0.1] [--token T | $AUDIT_TOKEN] [--reviewer \"Name <email>\"] [--lang en|zh]; stops on SIGINT or SIGTERM.", "[--port 8080] [--bind 127.0.0.1] [--token T | $AUDIT_TOKEN] [--reviewer \"姓名 <邮箱>\"] [--lang en|zh]；收到 SIGINT 或 SIGTERM 时停止。"),
        helpNames: []
    ).parsedUnderAudit

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(parsing: .allUnrecognized, help: InterfaceLanguage.help("Passed to audit-serve.", "交给 audit-serve 的参数。"))
    var arguments: [String] = []

    /// The language `audit` chose (its --lang, before or after `serve`, else the locale) is
    /// passed on, so both executables speak as one.
    func run() throws {
        let executable = try Self.serverExecutable()
        let language = [Language.option, InterfaceLanguage.current.rawValue]
        let passed = [executable.path] + (workspaceOptions.workspace.map { ["--workspace", $0] } ?? []) + language + arguments
        let argv = passed.map { strdup($0) } + [nil]
        execv(executable.path, argv)
        let reason = String(cString: strerror(errno))
        throw InterfaceLanguage.usage("cannot run \(executable.path): \(reason)", "无法运行 \(executable.path)：\(reason)")
    }

    private static func serverExecutable() throws -> URL {
        let own = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        let server = own.deletingLastPathComponent().appendingPathComponent("audit-serve")
        guard FileManager.default.isExecutableFile(atPath: server.path) else {
            throw InterfaceLanguage.usage(
                "audit-serve is not installed beside audit (\(server.path)); swift build builds both",
                "audit 旁边没有安装 audit-serve（\(server.path)）；swift build 会同时构建两者"
            )
        }
        return server
    }
}
