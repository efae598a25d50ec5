import AuditStore
import MarkedUpPDF
import PDFText
import StoredReports

extension Workspace {
    /// Where the spans of a PDF revision's stored text are on its pages, its tables' rows
    /// boxed as blocks of columns.
    func spanBoxes(of revision: Revision, words: [PlacedWord]) throws -> SpanBoxes {
        let tables = try report(of: revision, reading: ReportReading.configured(for: self)).tables.map { $0.span.startLine...max($0.span.startLine, $0.span.endLine) }
        return SpanBoxes(words: words, text: try text(of: revision), tableLines: tables)
    }
}
