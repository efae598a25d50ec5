import ArgumentParser
import AuditApp
import AuditEngine
import AuditStore
import FindingsStore
import Foundation

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "The revisions where a finding appeared, when it was first seen and when it was fixed.",
        discussion: "The finding id is a prefix of its fingerprint, as 'audit findings' shows it (at least 4 hex digits)."
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "The finding id.")
    var id: String

    func run() throws {
        let workspace = try workspaceOptions.open()
        let timeline = try StoreTimeline(checks: RevisionChecks.configured(for: workspace))
        timeline.warnings.forEach(Warning.print)
        let history = timeline.history(of: try timeline.fingerprint(for: id))
        let decision = try TriageLedger(workspace: workspace).decisions()[history.fingerprint]
        print(HistoryReport(history: history, decision: decision).lines.joined(separator: "\n"))
    }
}
