import ArgumentParser
import AuditStore
import Foundation

struct CommitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commit",
        abstract: "Store a report file as the next revision of a version.",
        discussion: "The file may be UTF-8 (with or without BOM), GB18030/GBK, or UTF-16 with BOM."
    )

    static let authorEnvironmentVariable = "AUDIT_AUTHOR"

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "The version label, e.g. 2021.")
    var version: String

    @Argument(help: "The report file.")
    var file: String

    @Option(name: .shortAndLong, help: "What this revision is.")
    var message: String?

    @Option(help: ArgumentHelp(
        "The author, \"Name <email>\" (default: $AUDIT_AUTHOR, else git's user.name and user.email).",
        valueName: "author"
    ))
    var author: String?

    func validate() throws {
        if file.isEmpty { throw ValidationError("no file given") }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let environmentAuthor = ProcessInfo.processInfo.environment[Self.authorEnvironmentVariable]
        let outcome = try workspace.commit(
            version: version, file: URL(fileURLWithPath: file), message: message,
            author: author ?? environmentAuthor.flatMap { $0.isEmpty ? nil : $0 }
        )
        print(Self.report(outcome))
    }

    static func report(_ outcome: CommitOutcome) -> String {
        switch outcome {
        case .created(let revision):
            let facts = "\(revision.size) bytes, \(revision.encoding), \(revision.lines) lines"
            return "\(revision.ref) \(revision.shortID) stored (\(facts))"
        case .unchanged(let revision):
            return "\(revision.ref) unchanged: identical to the latest revision; nothing stored"
        }
    }
}
