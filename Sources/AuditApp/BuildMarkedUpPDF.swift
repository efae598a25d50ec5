import AuditStore
import Foundation
import Localization
import MarkedUpPDF
import StoredReports

/// `audit report <ref> -o FILE.pdf`: the committed PDF with the reviewer report's findings
/// boxed on its pages, from the same review document as the HTML page.
public struct BuildMarkedUpPDF {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// The PDF's bytes, how many findings it marks, and warnings about recomputed findings.
    /// `includeSetAside` marks the findings a reviewer set aside too; `reviewer` is named on
    /// the cover and the legends speak `language` ("Name <email>", else the workspace's author).
    public func run(_ ref: String, baseline: String? = nil, includeSetAside: Bool = false, reviewer: String? = nil, language: Language = .en) throws -> (pdf: Data, marked: Int, warnings: [LocalizedText]) {
        let revision = try workspace.resolve(ref)
        guard revision.pages != nil else { throw ApplicationError.notAPDFRevision(revision.ref) }
        guard let words = try workspace.words(of: revision) else { throw ApplicationError.wordsNotPlaced(revision.ref) }
        let (document, warnings) = try BuildReviewReport(workspace: workspace).run(ref, baseline: baseline)
        let renderer = MarkedUpPDFRenderer(includeSetAside: includeSetAside, language: language)
        let marked = renderer.marked(document)
        let signature = try workspace.signature(named: reviewer)
        let facts = CoverFacts(
            revision: "\(revision.ref) (\(revision.shortID))", date: Date(), reviewer: "\(signature.name) <\(signature.email)>",
            setAside: includeSetAside ? 0 : document.entries.filter { $0.group == .triaged }.count
        )
        let pdf = try renderer.render(document, pdf: try workspace.original(of: revision), boxes: try workspace.spanBoxes(of: revision, words: words), cover: facts)
        return (pdf, marked.count, warnings)
    }
}
