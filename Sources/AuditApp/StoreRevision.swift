import AuditStore
import Foundation
import StoredReports

/// `audit commit`: stores a report file as the next revision of a version, then records the
/// findings of the enabled checkers with it.
public struct StoreRevision {
    public struct Outcome {
        public var commit: CommitOutcome
        /// Why findings were not recorded although nothing failed: the revision is too long.
        public var notice: String?
        /// Recording failed; the revision is stored all the same.
        public var warning: String?
    }

    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func run(version: String, file: URL, message: String?, author: String?) throws -> Outcome {
        let commit = try workspace.commit(version: version, file: file, message: message, author: author, deriving: Self.derivedFiles)
        guard case .created(let revision) = commit else { return Outcome(commit: commit) }
        return record(revision, author: author, into: Outcome(commit: commit))
    }

    /// The parsed model, cached for texts short enough to be checked at commit: parsing a huge
    /// generated file would hold the commit as long as checking it. Longer ones are parsed when
    /// a command needs them.
    private static func derivedFiles(_ decoded: DecodedText) -> [DerivedFile] {
        (decoded.lineCount <= RevisionChecks.commitLineLimit ? ModelFile.derived(from: decoded.text) : [])
            + WordsFile.derived(from: decoded)
    }

    /// The revision is stored by now, so a failure here must not fail the commit: it is a
    /// warning, and `audit findings` recomputes what is missing.
    private func record(_ revision: Revision, author: String?, into outcome: Outcome) -> Outcome {
        var outcome = outcome
        guard revision.lines <= RevisionChecks.commitLineLimit else {
            outcome.notice = "findings not recorded: \(revision.lines) lines is over \(RevisionChecks.commitLineLimit); 'audit findings \(revision.ref)' computes them"
            return outcome
        }
        do {
            try RevisionChecks.configured(for: workspace).record(revision, by: workspace.signature(named: author))
        } catch {
            outcome.warning = "findings of \(revision.ref) not recorded (\(error)); 'audit findings' will recompute them"
        }
        return outcome
    }
}
