import AuditEngine
import AuditStore
import Foundation
import Localization
import ReportModel
import RulePacks
import StoredReports

/// `audit commit`: stores a report file as the next revision of a version, then records the
/// findings of the enabled checkers with it.
public struct StoreRevision {
    public struct Outcome {
        public var commit: CommitOutcome
        /// Why findings were not recorded although nothing failed: the revision is too much work
        /// to check now (`WorkBudget`), so it is checked on demand.
        public var notice: String?
        /// The same in Chinese (the limit it names stays as the engine words it).
        public var noticeZh: String?
        /// Recording failed; the revision is stored all the same.
        public var warning: LocalizedText?
    }

    /// What deriving the new revision's files learnt about checking it: the parsed model, which
    /// the checks are handed as it is rather than loading it back from the cache, or why the
    /// text is too much work to check at commit. Decided once, before parsing where size
    /// alone decides.
    fileprivate enum Checkable {
        case parsed(Report, vocabulary: TableVocabulary)
        /// Certainly within the work budget without parsing (`WorkBudget.certainlyHolds`): parsed
        /// where the findings are recorded, so a detached commit returns before the parse.
        case unparsed(String)
        case deferred(String)
    }

    /// When the findings are recorded: before `run` returns, or by a detached recorder
    /// (`DetachedRecorder`), which hands a warning to `warn` as the command would have printed it.
    /// Detached, a reader of the findings waits for the recorder (`Workspace.awaitRecorders`).
    public enum Recording {
        case now
        case detached(warn: (LocalizedText) -> Void)
    }

    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func run(version: String, file: URL, message: String?, author: String?, recording: Recording = .now) throws -> Outcome {
        // A bad audit.yml or pack is bad input like a bad file: refused before anything is stored.
        let configured = try CommitConfiguration(in: workspace.directory)
        // Taken before the revision is published, so no reader finds it without a record or a lease.
        let lease = try recording.isDetached ? workspace.recordingLease() : nil
        var checkable: Checkable?
        let commit = try workspace.commit(version: version, file: file, message: message, author: author) { decoded in
            let (files, learnt) = Self.derivedFiles(decoded, reading: configured.reading, parsingNow: !recording.isDetached)
            checkable = learnt
            return files
        }
        guard case .created(let revision) = commit, let checkable else { return Outcome(commit: commit) }
        if case .detached(let warn) = recording, checkable.isChecked {
            let started = withExtendedLifetime(lease) {
                DetachedRecorder.start {
                    let recorded = record(revision, checkable, author: author, configured: configured, into: Outcome(commit: commit))
                    recorded.warning.map(warn)
                }
            }
            if started { return Outcome(commit: commit) }
        }
        return record(revision, checkable, author: author, configured: configured, into: Outcome(commit: commit))
    }

    /// The parsed model is cached for texts short enough to be checked at commit: parsing a huge
    /// generated file would hold the commit as long as checking it. Longer ones are parsed when
    /// a command needs them.
    private static func derivedFiles(_ decoded: DecodedText, reading: ReportReading, parsingNow: Bool) -> ([DerivedFile], Checkable) {
        let words = WordsFile.derived(from: decoded)
        let limit = RevisionChecks.commitLineLimit
        // The checkers' work grows with the text, not with the original (a PDF's images).
        if let excess = decoded.lineCount > limit ? "\(decoded.lineCount) lines is over \(limit)" : WorkBudget.commit.excess(bytes: decoded.text.utf8.count) {
            return (words, .deferred(excess))
        }
        if !parsingNow, WorkBudget.commit.certainlyHolds(decoded.text) {
            return (words, .unparsed(decoded.text))
        }
        let vocabulary = reading.vocabulary(of: decoded.text)
        let report = ReportParser.parse(decoded.text, vocabulary: vocabulary)
        if let excess = WorkBudget.commit.excess(report) {
            return ([ModelFile.derived(from: report, vocabulary: vocabulary)] + words, .deferred(excess))
        }
        // The model is cached by whoever records the findings (`record`): detached, the recorder,
        // so encoding it (issue 19: 26 M instructions) is not waited for.
        return (words, .parsed(report, vocabulary: vocabulary))
    }

    /// The revision is stored by now, so a failure here must not fail the commit: it is a
    /// warning, and `audit findings` recomputes what is missing.
    private func record(_ revision: Revision, _ checkable: Checkable, author: String?, configured: CommitConfiguration, into outcome: Outcome) -> Outcome {
        var outcome = outcome
        switch checkable {
        case .deferred(let excess):
            outcome.notice = "findings not recorded: \(excess); 'audit findings \(revision.ref)' computes them"
            outcome.noticeZh = "未记录检查结果：\(excess)；'audit findings \(revision.ref)' 会另行计算"
        case .unparsed(let text):
            let vocabulary = configured.reading.vocabulary(of: text)
            return record(revision, .parsed(ReportParser.parse(text, vocabulary: vocabulary), vocabulary: vocabulary), author: author, configured: configured, into: outcome)
        case .parsed(let report, let vocabulary):
            cacheModel(report, vocabulary: vocabulary, of: revision)
            do {
                try RevisionChecks(workspace: workspace, engine: configured.engine, packs: configured.packs())
                    .record(revision, parsed: report, by: workspace.signature(named: author))
            } catch {
                outcome.warning = LocalizedText(
                    en: "findings of \(revision.ref) not recorded (\(error)); 'audit findings' will recompute them",
                    zh: "\(revision.ref) 的发现项未能记录（\(error)）；'audit findings' 将重新计算"
                )
            }
            PrecomputedDiffs.store(for: revision, parsed: report, in: workspace, reading: configured.reading)
        }
        return outcome
    }
}

extension StoreRevision {
    /// Before the checks, as the commit cached it before: readers then load it rather than parse.
    /// Only a cache: a revision whose model could not be stored is parsed by its readers.
    private func cacheModel(_ report: Report, vocabulary: TableVocabulary, of revision: Revision) {
        try? workspace.storeDerivedFile(ModelFile.derived(from: report, vocabulary: vocabulary), of: revision)
    }
}

private extension StoreRevision.Checkable {
    /// Whether the findings are to be recorded: the report is within the work budget.
    var isChecked: Bool {
        if case .deferred = self { return false }
        return true
    }
}

private extension StoreRevision.Recording {
    var isDetached: Bool {
        if case .detached = self { return true }
        return false
    }
}
