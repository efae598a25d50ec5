import ArgumentParser
import AuditApp
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
        let stored = try StoreRevision(workspace: workspaceOptions.open()).run(
            version: version, file: URL(fileURLWithPath: file), message: message, author: author ?? Self.environmentAuthor
        )
        print(Self.report(stored.commit))
        stored.notice.map { print($0) }
        stored.warning.map(Warning.print)
    }

    /// `$AUDIT_AUTHOR`, unless unset or empty.
    static var environmentAuthor: String? {
        ProcessInfo.processInfo.environment[authorEnvironmentVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    static func report(_ outcome: CommitOutcome) -> String {
        switch outcome {
        case .created(let revision):
            let pages = revision.pages.map { ", \($0) pages" } ?? ""
            let facts = "\(revision.size) bytes, \(revision.encoding)\(pages), \(revision.lines) lines"
            return "\(revision.ref) \(revision.shortID) stored (\(facts))"
        case .unchanged(let revision):
            return "\(revision.ref) unchanged: identical to the latest revision; nothing stored"
        }
    }
}
