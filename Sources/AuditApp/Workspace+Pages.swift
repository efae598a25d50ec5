import AuditStore
import ReportModel

extension Workspace {
    /// The pages of a PDF revision's stored lines; a text revision's places are lines alone.
    func pages(of revision: Revision) throws -> PageMap? {
        revision.pages == nil ? nil : PageMap(text: try text(of: revision))
    }
}
