import Cairo
import PDF

/// Draws an original page as vectors and its highlights over it, each box translucent with
/// a solid edge and its number in a small label of the same colour at its top left corner,
/// raised half its height so that it hides as little as possible of the character before the
/// box and of the line above (its right when the page's edge leaves no room).
struct PagePainter {
    static let labelFont = "Noto Sans CJK SC"
    private static let labelSize = 5.5
    private static let padding = 1.0

    let context: CairoContext

    func draw(_ page: PDFPage, highlights: [PageHighlight]) throws {
        try context.preserving {
            try context.draw("render page") { page.render(onCairo: $0) }
        }
        let pageWidth = page.size.width
        for highlight in highlights { box(highlight) }
        for highlight in highlights { try label(highlight, pageWidth: pageWidth) }
        try context.check("draw highlights")
    }

    private func box(_ highlight: PageHighlight) {
        let colour = HighlightColour.of(highlight.level)
        let box = highlight.box
        let (x, y, width, height) = (box.x0 - Self.padding, box.y0 - Self.padding, box.width + 2 * Self.padding, box.height + 2 * Self.padding)
        context.setColour(colour, alpha: highlight.isRelated ? HighlightColour.fillAlpha / 2 : HighlightColour.fillAlpha)
        context.fill(x: x, y: y, width: width, height: height)
        context.setColour(colour, alpha: highlight.isRelated ? 0.6 : 0.9)
        context.outline(x: x, y: y, width: width, height: height, lineWidth: highlight.isRelated ? 0.4 : 0.8)
    }

    private func label(_ highlight: PageHighlight, pageWidth: Double) throws {
        guard let number = highlight.number else { return }
        let text = "\(number)"
        context.setFont(Self.labelFont, size: Self.labelSize, bold: true)
        let width = context.advance(of: text) + 3
        let height = Self.labelSize + 1.5
        let box = highlight.box
        let left = box.x0 - Self.padding - width
        let x = left >= 0 ? left : min(pageWidth - width, box.x1 + Self.padding)
        let y = max(0, box.y0 - Self.padding - height / 2)
        context.setColour(HighlightColour.of(highlight.level))
        context.fill(x: x, y: y, width: width, height: height)
        context.setColour(.white)
        context.show(text, x: x + 1.5, y: y + height - 1.5)
    }
}
