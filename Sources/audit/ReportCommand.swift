import ArgumentParser
import AuditApp
import AuditStore
import FindingsStore
import Foundation
import ReportDiff
import ReportModel
import ReviewReport
import StoredReports

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the reviewer report: findings by level and status, each quoted with its history, and what changed.",
        discussion: "The output's extension picks the format: .html (one self-contained page) or .md."
    )

    enum Format: String {
        case html, md
    }

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: "The revision: 2021 (latest), 2021@1, or a commit-id prefix.")
    var ref: String

    @Option(help: ArgumentHelp("Compare findings and text with this revision, e.g. 2020.", valueName: "ref"))
    var baseline: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The report file, ending in .html or .md.", valueName: "file"))
    var output: String

    func validate() throws {
        guard format != nil else { throw ValidationError("--output must end in .html or .md: \(output)") }
    }

    private var format: Format? {
        Format(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased())
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let revision = try workspace.resolve(ref)
        let baselineRevision = try baseline.map(workspace.resolve)
        let checks = try RevisionChecks.configured(for: workspace)
        let reviewed = try ReviewedRun.recorded(revision, baseline: baselineRevision, checks: checks)
        let timeline = try StoreTimeline(checks: checks)
        let text = try workspace.text(of: revision)
        let changes = try baselineRevision.map { try workspace.reports(of: [$0, revision]) }.map { ReportChanges(old: $0[0], new: $0[1]) }
        let document = ReviewDocument(
            subject: "\(revision.ref) (\(revision.shortID))", baseline: baselineRevision.map { "\($0.ref) (\($0.shortID))" },
            run: reviewed.run, reviews: reviewed.reviews, text: text,
            histories: Dictionary(reviewed.run.findings.map { ($0.fingerprint, timeline.history(of: $0.fingerprint)) }) { first, _ in first },
            changes: changes
        )
        let rendered = format == .html ? HTMLReviewRenderer().render(document) : MarkdownReviewRenderer().render(document)
        try OutputFile.write(rendered, to: output)
        print("wrote \(output): \(document.entries.count) findings")
    }
}
