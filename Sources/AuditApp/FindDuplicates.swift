import AuditEngine
import AuditStore
import CheckerKit
import FindingsModel
import Foundation
import Localization
import ReportModel
import StoredReports

/// `audit dups`: paragraphs shared between different reports, found by the enabled checkers
/// that compare a corpus, through the engine like every other check.
public struct FindDuplicates {
    /// Where `audit.yml` is looked for.
    public let configurationDirectory: URL
    /// Where the workspaces given as sources report what they could not trust (a damaged cache).
    public let warn: (LocalizedText) -> Void

    public init(configurationDirectory: URL, warn: @escaping (LocalizedText) -> Void = { _ in }) {
        self.configurationDirectory = configurationDirectory
        self.warn = warn
    }

    /// Each source is a report file or a workspace, whose every version contributes its latest revision.
    public func run(_ sources: [String]) throws -> (run: AuditRun, subject: RunSubject) {
        let documents = try sources.flatMap(documents)
        let run = try ConfiguredEngine.load(in: configurationDirectory).run(corpus: documents)
        return (run, RunSubject(label: "\(documents.count) reports", artifactURI: ""))
    }

    /// A workspace's versions (latest revision of each), or the one report in a file, read
    /// and refused exactly as `audit commit` would.
    private func documents(_ source: String) throws -> [CorpusDocument] {
        let url = URL(fileURLWithPath: source)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) else {
            throw ApplicationError.noSuchSource(source)
        }
        guard isDirectory.boolValue else {
            let text = try ReportFile.text(of: url)
            let reading = try ConfiguredEngine.configured(in: configurationDirectory).packs.reading
            return [CorpusDocument(name: source, report: ReportParser.parse(text, vocabulary: reading.vocabulary(of: text)))]
        }
        let workspace = try Workspace.open(at: url)
        workspace.warn = warn
        let reading = try ReportReading.configured(for: workspace)
        return try workspace.versions().map { version in
            let latest = try workspace.latestRevision(of: version)
            return CorpusDocument(name: "\(source):\(version)", report: try workspace.report(of: latest, reading: reading))
        }
    }
}
