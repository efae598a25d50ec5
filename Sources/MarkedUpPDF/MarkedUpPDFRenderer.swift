import Cairo
import Foundation
import Localization
import PDF
import PDFText
import ReviewReport

/// The reviewer report drawn over the committed PDF: a cover, then every original page as
/// vectors (its text stays text) with each current finding's words boxed in its level's
/// colour and numbered, and below the page a strip with the legend of that page's numbers.
/// The findings are the review document's, in its order (errors first); those gone since the
/// baseline are not on these pages, and those a reviewer set aside only when asked.
public struct MarkedUpPDFRenderer {
    public let includeSetAside: Bool
    public let language: Language

    public init(includeSetAside: Bool = false, language: Language = .en) {
        self.includeSetAside = includeSetAside
        self.language = language
    }

    /// The findings the pages mark, in the document's order; the others count as set aside.
    public func marked(_ document: ReviewDocument) -> [ReviewEntry] {
        document.entries.filter { $0.group != .absent && (includeSetAside || $0.group != .triaged) }
    }

    /// `pdf` is the revision's original, `boxes` places its stored text's spans on its pages.
    public func render(_ document: ReviewDocument, pdf: Data, boxes: SpanBoxes, cover: CoverFacts) throws -> Data {
        let original = try PDFDocument(data: pdf)
        let entries = marked(document).enumerated().map { MarkedUpEntry(number: $0.offset + 1, entry: $0.element, boxes: boxes, language: language) }
        let surface = try CairoSurface.pdf(width: CoverPage.width, height: CoverPage.height)
        let context = try CairoContext(surface)
        CoverPage(document: document, entries: entries, facts: cover).draw(on: context)
        try context.showPage()
        for index in 0..<original.pageCount {
            guard let page = original.page(at: index) else { throw PDFError(kind: .damaged, message: "poppler cannot read page \(index + 1) of the PDF") }
            try draw(page, number: index + 1, entries: entries, surface: surface, context: context)
        }
        return try surface.finishPDF()
    }

    private func draw(_ page: PDFPage, number: Int, entries: [MarkedUpEntry], surface: CairoSurface, context: CairoContext) throws {
        let size = page.size
        let legend = PageLegend(page: number, entries: entries, pageWidth: size.width, context: context)
        try surface.setPageSize(width: size.width, height: size.height + legend.height)
        let highlights = entries.flatMap { $0.highlights[number] ?? [] }
        try PagePainter(context: context).draw(page, highlights: highlights)
        legend.draw(on: context, top: size.height)
        try context.showPage()
    }
}
