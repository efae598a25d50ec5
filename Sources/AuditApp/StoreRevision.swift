import AuditEngine
import RulePacks
import AuditStore
import Foundation
import StoredReports

/// `audit commit`: stores a report file as the next revision of a version, then records the
/// findings of the enabled checkers with it.
public struct StoreRevision {
    public struct Outcome {
        public var commit: CommitOutcome
        /// Why findings were not recorded although nothing failed: the revision is too much work
        /// to check now (`WorkBudget`), so it is checked on demand.
        public var notice: String?
        /// Recording failed; the revision is stored all the same.
        public var warning: String?
    }

    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func run(version: String, file: URL, message: String?, author: String?) throws -> Outcome {
        // A bad audit.yml is bad input like a bad file: refused before anything is stored.
        let configured = try ConfiguredEngine.configured(in: workspace.directory)
        let commit = try workspace.commit(version: version, file: file, message: message, author: author, deriving: Self.derivedFiles)
        guard case .created(let revision) = commit else { return Outcome(commit: commit) }
        return record(revision, author: author, configured: configured, into: Outcome(commit: commit))
    }

    /// The parsed model, cached for texts short enough to be checked at commit: parsing a huge
    /// generated file would hold the commit as long as checking it. Longer ones are parsed when
    /// a command needs them.
    private static func derivedFiles(_ decoded: DecodedText) -> [DerivedFile] {
        let small = decoded.lineCount <= RevisionChecks.commitLineLimit && WorkBudget.commit.excess(bytes: decoded.text.utf8.count) == nil
        return (small ? ModelFile.derived(from: decoded.text) : []) + WordsFile.derived(from: decoded)
    }

    /// The revision is stored by now, so a failure here must not fail the commit: it is a
    /// warning, and `audit findings` recomputes what is missing.
    private func record(_ revision: Revision, author: String?, configured: (engine: Engine, packs: PackChoice), into outcome: Outcome) -> Outcome {
        var outcome = outcome
        let lines = revision.lines > RevisionChecks.commitLineLimit ? "\(revision.lines) lines is over \(RevisionChecks.commitLineLimit)" : nil
        do {
            // The checkers' work grows with the text, not with the original (a PDF's images).
            if let excess = try lines ?? WorkBudget.commit.excess(bytes: workspace.text(of: revision).utf8.count) {
                outcome.notice = Self.deferral(revision, excess)
                return outcome
            }
            if let excess = WorkBudget.commit.excess(try workspace.reports(of: [revision])[0]) {
                outcome.notice = Self.deferral(revision, excess)
                return outcome
            }
            try RevisionChecks(workspace: workspace, engine: configured.engine, packs: configured.packs)
                .record(revision, by: workspace.signature(named: author))
        } catch {
            outcome.warning = "findings of \(revision.ref) not recorded (\(error)); 'audit findings' will recompute them"
        }
        return outcome
    }

    private static func deferral(_ revision: Revision, _ excess: String) -> String {
        "findings not recorded: \(excess); 'audit findings \(revision.ref)' computes them"
    }
}
