import Cairo
import Foundation
import PDF

/// One page of a PDF as a PNG picture with highlights drawn over it, for a page that shows
/// a finding where it is (the browser workbench); drawn by the same painter as the marked-up PDF.
public enum PagePNG {
    /// The renderer's version, part of the name a drawn page is cached under (CachedFindingPage):
    /// raise it whenever what a page's picture shows changes (painter, highlights, scale, poppler
    /// or cairo calls), so that no picture drawn before is served again.
    public static let version = 1

    /// `page` counts from 1; `scale` is pixels per point (2 is 144 dpi).
    public static func render(pdf: Data, page number: Int, highlights: [PageHighlight], scale: Double = 2) throws -> Data {
        let document = try PDFDocument(data: pdf)
        guard number >= 1, number <= document.pageCount, let page = document.page(at: number - 1) else {
            throw CairoError(message: "the PDF has no page \(number) (it has \(document.pageCount))")
        }
        let size = page.size
        let surface = try CairoSurface.image(width: Int((size.width * scale).rounded(.up)), height: Int((size.height * scale).rounded(.up)))
        let context = try CairoContext(surface)
        context.setColour(.white)
        context.paint()
        context.scale(scale)
        try PagePainter(context: context).draw(page, highlights: highlights)
        return try surface.png()
    }
}
