import ArgumentParser
import AuditEngine
import AuditStore
import CheckerKit
import CheckerRegistry
import DuplicateNarrative
import Foundation
import Glibc
import ReportModel
import StoredReports

struct DupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dups",
        abstract: "Find paragraphs shared between different reports.",
        discussion: """
            Each source is a report file (UTF-8, GB18030 or UTF-16) or a workspace directory, whose every version \
            contributes its latest revision. Options come from the duplicate-narrative section of <workspace>/audit.yml. \
            Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 on bad usage or input.
            """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: ArgumentHelp("Report files or workspace directories.", valueName: "file-or-workspace"))
    var sources: [String]

    @Option(help: "text, json, sarif or markdown.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding at or above this level exists: error, warning, note or never.")
    var failOn: FailThreshold = .error

    func validate() throws {
        if sources.isEmpty { throw ValidationError("no report files or workspaces given") }
    }

    func run() throws {
        let documents = try sources.flatMap(Self.documents)
        let findings = try CorpusSearch(configuration: checkerConfiguration()).findings(documents)
        let run = AuditRun(findings: findings, checkers: [], rules: Rule.allCases.map(\.description))
        let subject = RunSubject(label: "\(documents.count) reports", artifactURI: "")
        let text = try format.render(run, subject: subject, colour: output == nil && isatty(STDOUT_FILENO) == 1)
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if failOn.isReached(by: run) { throw ExitCode(1) }
    }

    /// The checker's defaults overlaid with its section of audit.yml, when the workspace has one.
    private func checkerConfiguration() throws -> CheckerConfiguration {
        let file = workspaceOptions.directory.appendingPathComponent("audit.yml")
        let settings = try ConfigurationLoader(checkers: RegisteredCheckers.all).load(contentsOf: file).settings(for: DuplicateNarrative.id)
        var values = CheckerConfiguration(defaults: DuplicateNarrative.description.options).values
        values.merge(settings.options) { _, configured in configured }
        return CheckerConfiguration(values: values)
    }

    /// A workspace's versions (latest revision of each), or the one report in a file.
    private static func documents(_ source: String) throws -> [CorpusDocument] {
        let url = URL(fileURLWithPath: source)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) else {
            throw ValidationError("no such file or workspace: \(source)")
        }
        guard isDirectory.boolValue else {
            let text = try TextDecoding.decode(Data(contentsOf: url)).text
            return [CorpusDocument(name: source, report: ReportParser.parse(text))]
        }
        let workspace = try Workspace.open(at: url)
        workspace.warn = Warning.print
        return try workspace.versions().map { version in
            let latest = try workspace.latestRevision(of: version)
            return CorpusDocument(name: "\(source):\(version)", report: try workspace.report(of: latest))
        }
    }
}
