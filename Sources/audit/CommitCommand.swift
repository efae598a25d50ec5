import ArgumentParser
import AuditEngine
import AuditStore
import FindingsStore
import StoredReports
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
        // A bad audit.yml is bad input like a bad file: refused before anything is stored.
        _ = try RevisionChecks.configuration(of: workspace)
        let outcome = try workspace.commit(
            version: version, file: URL(fileURLWithPath: file), message: message,
            author: author ?? Self.environmentAuthor, deriving: Self.derivedFiles
        )
        print(Self.report(outcome))
        if case .created(let revision) = outcome { recordFindings(revision, in: workspace) }
    }

    /// `$AUDIT_AUTHOR`, unless unset or empty.
    static var environmentAuthor: String? {
        ProcessInfo.processInfo.environment[authorEnvironmentVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The parsed model, cached for texts short enough to be checked at commit: parsing a huge
    /// generated file would hold the commit as long as checking it. Longer ones are parsed when
    /// a command needs them.
    private static func derivedFiles(_ decoded: DecodedText) -> [DerivedFile] {
        let small = decoded.lineCount <= RevisionChecks.commitLineLimit && WorkBudget.commit.excess(bytes: decoded.text.utf8.count) == nil
        return small ? ModelFile.derived(from: decoded.text) : []
    }

    /// The revision is stored by now, so a failure here must not fail the commit: it is a
    /// warning, and `audit findings` recomputes what is missing. A revision that is too much
    /// work to check now (`WorkBudget`) is checked on demand instead, and the commit says so.
    private func recordFindings(_ revision: Revision, in workspace: Workspace) {
        let lines = revision.lines > RevisionChecks.commitLineLimit ? "\(revision.lines) lines is over \(RevisionChecks.commitLineLimit)" : nil
        if let excess = lines ?? WorkBudget.commit.excess(bytes: revision.size) {
            return print(Self.deferral(revision, excess))
        }
        do {
            if let excess = WorkBudget.commit.excess(try workspace.reports(of: [revision])[0]) {
                return print(Self.deferral(revision, excess))
            }
            try RevisionChecks.configured(for: workspace).record(revision, by: workspace.signature(named: author ?? Self.environmentAuthor))
        } catch {
            Warning.print("findings of \(revision.ref) not recorded (\(error)); 'audit findings' will recompute them")
        }
    }

    private static func deferral(_ revision: Revision, _ excess: String) -> String {
        "findings not recorded: \(excess); 'audit findings \(revision.ref)' computes them"
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
