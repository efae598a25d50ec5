import ArgumentParser
import AuditServer
import Foundation
import Localization

extension Language: ExpressibleByArgument {}

/// The workbench's own executable, which `audit serve` execs with its arguments: SwiftNIO
/// stays out of the `audit` binary and so out of every other command's start-up.
@main
struct ServeCommand: AsyncParsableCommand {
    /// The language of this process's help, errors and pages, by the rule `audit` follows.
    static let chosenLanguage = Language.chosen(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

    static let configuration = CommandConfiguration(
        commandName: "audit serve",
        abstract: chosenLanguage(
            "Serve the workspace as a reviewer's workbench in the browser, until SIGINT or SIGTERM.",
            "在浏览器中以审阅工作台提供工作区，直到收到 SIGINT 或 SIGTERM。"
        )
    )

    @Option(help: ArgumentHelp(chosenLanguage(
        "The workspace directory (default: $AUDIT_WORKSPACE, else ./workspace).",
        "工作区目录（默认：$AUDIT_WORKSPACE，未设置时为 ./workspace）。"
    ), valueName: "dir"))
    var workspace: String?

    @Option(help: ArgumentHelp(chosenLanguage("The port to listen on; 0 picks a free one.", "监听的端口；0 表示任选一个空闲端口。")))
    var port = 8080

    @Option(help: ArgumentHelp(chosenLanguage("The address to listen on; any but loopback needs a token.", "监听的地址；回环地址以外的都需要令牌。")))
    var bind = "127.0.0.1"

    @Option(help: ArgumentHelp(chosenLanguage(
        "The token every request must carry (default: $AUDIT_TOKEN); required for a non-loopback --bind.",
        "每个请求都须携带的令牌（默认：$AUDIT_TOKEN）；--bind 不是回环地址时必须给出。"
    )))
    var token: String?

    @Option(help: ArgumentHelp(chosenLanguage(
        "The reviewer decisions are signed by, \"Name <email>\" (default: $AUDIT_AUTHOR, else git's user.name and user.email).",
        "审阅决定的署名人，格式 \"姓名 <邮箱>\"（默认：$AUDIT_AUTHOR，未设置时为 git 的 user.name 和 user.email）。"
    ), valueName: "reviewer"))
    var reviewer: String?

    /// Declared for --help and to refuse a value that is not a language; the choice itself is
    /// `Language.chosen`'s, the same rule `audit` follows.
    @Option(name: .customLong("lang"), help: ArgumentHelp(chosenLanguage(
        "The pages' language: en or zh (default: zh when LC_ALL, LC_MESSAGES or LANG, the first set, is zh_*); a request's ?lang=en|zh overrides it.",
        "页面的语言：en 或 zh（默认：LC_ALL、LC_MESSAGES、LANG 中第一个已设置的为 zh_* 时用 zh）；单个请求的 ?lang=en|zh 优先。"
    ), valueName: "lang"))
    var language: Language?

    /// Every failure ends as `audit`'s do: one line `audit: <what is wrong>` and exit status 2;
    /// --help prints as usual.
    static func main() async {
        let command: ServeCommand
        do {
            let parsed = try parseAsRoot()
            guard let serve = parsed as? ServeCommand else {
                printHelp(helpMessage())
            }
            command = serve
        } catch {
            if exitCode(for: error) == .success {
                guard chosenLanguage == .zh else { exit(withError: error) }
                printHelp(fullMessage(for: error))
            }
            let line = fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            let message = line.hasPrefix("Error: ") ? String(line.dropFirst(7)) : line
            fail(chosenLanguage == .zh ? ParserWording.usageErrorInChinese(message) ?? message : message)
        }
        do {
            try await command.serve()
        } catch {
            fail("\(error)")
        }
    }

    private static func printHelp(_ help: String) -> Never {
        print(chosenLanguage == .zh ? ParserWording.helpInChinese(help) : help)
        Foundation.exit(0)
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
            language: Self.chosenLanguage
        ).validated()
        try await Workbench(configuration: configuration).run { host, port in
            let address = host.contains(":") ? "[\(host)]" : host
            let link = "http://\(address):\(port)/" + (configuration.token.map { "?token=\($0)" } ?? "")
            print("audit serve: \(configuration.workspace.path) at \(link) (Ctrl-C stops)")
            fflush(stdout)
        }
    }
}
