import AuditEngine
import AuditStore
import CheckerKit
import FindingsModel
import FindingsStore
import Foundation
import Git
import Localization
import ReportModel
import RulePackModel
import RulePacks
import StoredReports

/// Runs the checkers over stored revisions, with last year's report when the workspace has
/// it, and keeps their findings in the findings records.
public struct RevisionChecks: RecordedFindings {
    /// The longest revision `audit commit` checks before returning. Real reports run to a few
    /// thousand lines and check in about a second; some checkers compare figures or paragraphs
    /// pairwise, so a huge generated file could hold the commit for long. Longer revisions are
    /// checked on demand.
    public static let commitLineLimit = 20_000

    public let workspace: Workspace
    private let engine: Engine
    /// The packs each report's format is chosen from; without them no pack identity is stated.
    private let packs: PackChoice?
    /// How the models of its revisions (and of last year's) are read: with their packs' vocabularies.
    let reading: ReportReading
    private let records: FindingsRecords

    public init(workspace: Workspace, engine: Engine, packs: PackChoice? = nil) throws {
        self.workspace = workspace
        self.engine = engine
        self.packs = packs
        reading = packs?.reading ?? .standard
        records = try FindingsRecords(workspace: workspace)
    }

    /// Runs the enabled checkers, or those in `only`, now. `parsed` is the revision's model when
    /// the caller holds it already (a commit has just parsed it with its pack's vocabulary), so
    /// it is not loaded again.
    public func run(_ revision: Revision, only: [String]? = nil, parsed: Report? = nil) throws -> AuditRun {
        try checked(revision, only: only, parsed: parsed).run
    }

    /// The run and the pack it checked the report's format with.
    public func checked(_ revision: Revision, only: [String]? = nil, parsed: Report? = nil) throws -> (run: AuditRun, pack: RulePack?) {
        let previous = try PreviousYear.revision(before: revision, in: workspace)
        let loaded = try workspace.reports(of: (parsed == nil ? [revision] : []) + (previous.map { [$0] } ?? []), reading: reading)
        let reports = parsed.map { [$0] + loaded } ?? loaded
        let pack = try packs.map { try $0.pack(of: workspace.text(of: revision)) }
        let context = CheckContext(report: reports[0], previous: reports.dropFirst().first, pack: pack)
        return (try engine.run(context, only: only), pack)
    }

    /// Runs the enabled checkers and records their findings with `revision`.
    @discardableResult
    public func record(_ revision: Revision, parsed: Report? = nil, by author: Signature) throws -> FindingsRecord {
        let record = try freshRecord(of: revision, parsed: parsed)
        try records.write(record, by: author)
        return record
    }

    /// The recorded findings; recomputed, with a warning, when the record is missing or damaged.
    /// A missing record is written back (unless another writer recorded one meanwhile), so the
    /// next read answers from it; a damaged one stays as evidence and is recomputed each time.
    /// A record a detached recorder is still computing is waited for first, so it is read as
    /// a commit that recorded before returning would have left it.
    public func recorded(_ revision: Revision) throws -> RecordedRun {
        var lookup = try records.lookup(revision)
        if case .missing = lookup {
            workspace.awaitRecorders()
            lookup = try records.lookup(revision)
        }
        switch lookup {
        case .recorded(let record):
            return RecordedRun(run: record.run, warning: nil)
        case .missing:
            let record = try freshRecord(of: revision)
            do {
                try records.writeIfMissing(record, by: workspace.signature(named: nil))
                return RecordedRun(run: record.run, warning: LocalizedText(
                    en: "no findings recorded for \(revision.ref); recomputed and recorded them",
                    zh: "\(revision.ref) 没有记录发现项；已重新计算并记录"
                ))
            } catch {
                return RecordedRun(run: record.run, warning: LocalizedText(
                    en: "no findings recorded for \(revision.ref); recomputed them (not recorded: \(error))",
                    zh: "\(revision.ref) 没有记录发现项；已重新计算（未能记录：\(error)）"
                ))
            }
        case .damaged(let reason):
            return RecordedRun(run: try run(revision), warning: LocalizedText(
                en: "findings record of \(revision.ref) is damaged (\(reason)); recomputed them",
                zh: "\(revision.ref) 的发现项记录已损坏（\(reason)）；已重新计算"
            ))
        }
    }

    private func freshRecord(of revision: Revision, parsed: Report? = nil) throws -> FindingsRecord {
        FindingsRecord(
            version: revision.version, revision: revision.number, commitID: revision.commitID,
            recordedAt: Date(), run: try run(revision, parsed: parsed)
        )
    }
}
