import AuditEngine
import AuditStore
import CheckerKit
import Localization
import WorkingPapers

/// `audit findings`: the findings recorded with a revision, against a baseline's, with triage.
public struct ReviewFindings {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func run(_ ref: String, baseline: String? = nil) throws -> CheckedRevision {
        let revision = try workspace.resolve(ref)
        let baselineRevision = try baseline.map(workspace.resolve)
        let reviewed = try ReviewedRun.recorded(revision, baseline: baselineRevision, checks: .configured(for: workspace))
        return CheckedRevision(reviewed: reviewed, subject: try RunSubject(revision, in: workspace))
    }

    /// The findings of `refs`, one after another, as a working paper's sheet, with warnings
    /// about recomputed records.
    public func workingPaper(_ refs: [String], baseline: String? = nil, language: Language = .en) throws -> (sheet: Sheet, warnings: [LocalizedText]) {
        var rows: [[SheetCell]] = [], warnings: [LocalizedText] = []
        for ref in refs {
            let checked = try run(ref, baseline: baseline)
            let revision = try workspace.resolve(ref)
            rows += FindingsWorkingPaper.rows(checked, revision: revision, text: try workspace.text(of: revision), language: language)
            warnings += checked.reviewed.warnings
        }
        return (FindingsWorkingPaper.sheet(rows, language: language), warnings)
    }
}
