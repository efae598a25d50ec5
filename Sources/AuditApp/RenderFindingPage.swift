import AuditStore
import CheckerKit
import Foundation
import MarkedUpPDF
import StoredReports

/// A page of a committed PDF as a PNG with one finding's words boxed (its own place and its
/// related places on that page), for a front end that shows a finding where it is printed.
public struct RenderFindingPage {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// The page of `finding` in `revision`: `page` (from 1) when given, else the page of its
    /// own place. Nil for a text revision or a finding with no words on any page.
    public func run(_ revision: Revision, finding: Finding, page: Int? = nil, scale: Double = 2) throws -> (page: Int, png: Data)? {
        guard let words = try workspace.words(of: revision) else { return nil }
        let boxes = try workspace.spanBoxes(of: revision, words: words)
        guard let number = page ?? FindingHighlights.primaryPage(of: finding, in: boxes) else { return nil }
        let highlights = FindingHighlights.of(finding, number: nil, in: boxes)[number] ?? []
        let png = try PagePNG.render(pdf: try workspace.original(of: revision), page: number, highlights: highlights, scale: scale)
        return (number, png)
    }
}
