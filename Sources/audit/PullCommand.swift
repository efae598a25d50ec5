import ArgumentParser
import AuditApp
import TextEscaping

struct PullCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract: "Fetch a remote's versions, findings and triage decisions and merge them into this workspace.",
        discussion: """
            Revisions are never rewritten: when both sides committed revisions of a version after a common one, \
            both are kept in the order they were committed, the later re-committed as the next revision. Triage \
            decisions are merged by finding: both stay in the trail, the later is current. A failed or killed pull \
            leaves the workspace as it was.
            """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "The remote (default: origin).")
    var remote = CloneWorkspace.remoteName

    func run() throws {
        let report = try PullFromRemote(workspace: workspaceOptions.open()).pull(remote, committer: CommitCommand.environmentAuthor)
        PullReportText.print(report)
    }
}

/// What a pull or clone prints: one line per version, findings record and the ledger that changed.
enum PullReportText {
    static func print(_ report: PullReport) {
        Swift.print(TerminalText.visibleLine("pulled from \(report.remote) (\(report.url)): \(report.arrivedRevisions) revision\(plural(report.arrivedRevisions)) and \(report.arrivedDecisions) triage decision\(plural(report.arrivedDecisions)) arrived"))
        for version in report.versions {
            var line = "  \(version.version): \(version.arrived) revision\(plural(version.arrived)) arrived"
            if !version.rebased.isEmpty {
                line += "; merged with this workspace's: " + version.rebased.map {
                    "revision \($0.originalNumber) (\($0.originalCommitID.prefix(7))) re-committed as revision \($0.number) (\($0.commitID.prefix(7)))"
                }.joined(separator: ", ")
            }
            Swift.print(TerminalText.visibleLine(line))
        }
        for findings in report.findings where findings.rekeyed > 0 || !findings.disagreed.isEmpty {
            Swift.print(TerminalText.visibleLine("  findings \(findings.version): \(findings.rekeyed) record\(plural(findings.rekeyed)) re-keyed to re-committed revisions, \(findings.disagreed.count) differing on the two sides left to recompute"))
        }
        if let triage = report.triage {
            var line = "  triage: \(triage.arrived) decision\(plural(triage.arrived)) arrived"
            if triage.joined { line += "; merged with this workspace's decisions" }
            if !triage.contested.isEmpty { line += "; \(triage.contested.count) finding\(plural(triage.contested.count)) decided on both sides (both in the trail, the later current)" }
            Swift.print(TerminalText.visibleLine(line))
        }
        if report.changedNothing { Swift.print("  already up to date") }
    }

    static func plural(_ count: Int) -> String {
        count == 1 ? "" : "s"
    }
}
