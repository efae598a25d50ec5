import ArgumentParser
import AuditServer
import Foundation
import Localization

extension Language: ExpressibleByArgument {}

/// The workbench's own executable, which `audit serve` execs with its arguments: SwiftNIO
/// stays out of the `audit` binary and so out of every other command's start-up.
@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit serve",
        abstract: "Serve the workspace as a reviewer's workbench in the browser, until SIGINT or SIGTERM."
    )

    @Option(help: ArgumentHelp("The workspace directory (default: $AUDIT_WORKSPACE, else ./workspace).", valueName: "dir"))
    var workspace: String?

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(help: "The address to listen on; any but loopback needs a token.")
    var bind = "127.0.0.1"

    @Option(help: "The token every request must carry (default: $AUDIT_TOKEN); required for a non-loopback --bind.")
    var token: String?

    @Option(help: ArgumentHelp("The reviewer decisions are signed by, \"Name <email>\" (default: $AUDIT_AUTHOR, else git's user.name and user.email).", valueName: "reviewer"))
    var reviewer: String?

    /// Declared for --help and to refuse a value that is not a language; the choice itself is
    /// `Language.chosen`'s, the same rule `audit` follows.
    @Option(name: .customLong("lang"), help: ArgumentHelp("The pages' language: en or zh (default: zh when LC_ALL, LC_MESSAGES or LANG, the first set, is zh_*); a request's ?lang=en|zh overrides it.", valueName: "lang"))
    var language: Language?

    /// Every failure ends as `audit`'s do: one line `audit: <what is wrong>` and exit status 2;
    /// --help prints as usual.
    static func main() async {
        let command: ServeCommand
        do {
            let parsed = try parseAsRoot()
            guard let serve = parsed as? ServeCommand else {
                print(helpMessage())
                Foundation.exit(0)
            }
            command = serve
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }
            fail(fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)")
        }
        do {
            try await command.serve()
        } catch {
            fail("\(error)")
        }
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("audit: \(message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message)\n".utf8))
        Foundation.exit(2)
    }

    func serve() async throws {
        let environment = ProcessInfo.processInfo.environment
        let directory = URL(fileURLWithPath: workspace ?? environment["AUDIT_WORKSPACE"].flatMap { $0.isEmpty ? nil : $0 } ?? "./workspace")
        let configuration = try ServerConfiguration(
            workspace: directory, host: bind, port: port,
            token: token ?? environment["AUDIT_TOKEN"].flatMap { $0.isEmpty ? nil : $0 },
            reviewer: reviewer ?? environment["AUDIT_AUTHOR"].flatMap { $0.isEmpty ? nil : $0 },
            language: Language.chosen(arguments: Array(CommandLine.arguments.dropFirst()), environment: environment)
        ).validated()
        try await Workbench(configuration: configuration).run { host, port in
            let address = host.contains(":") ? "[\(host)]" : host
            let link = "http://\(address):\(port)/" + (configuration.token.map { "?token=\($0)" } ?? "")
            print("audit serve: \(configuration.workspace.path) at \(link) (Ctrl-C stops)")
            fflush(stdout)
        }
    }
}
