import Cairo

/// The strip added below an original page: the numbered findings boxed on it, each with its
/// level's colour, rule, place and message (figures as printed, what they should be).
struct PageLegend {
    static let font = PagePainter.labelFont
    private static let fontSize = 7.0
    private static let lineHeight = 9.5
    private static let margin = 28.0
    private static let numberWidth = 16.0

    private struct Item {
        let entry: MarkedUpEntry
        /// The heading's lines (bold, in the level's colour), then the message's.
        let lines: [String]
        let headingLines: Int
    }

    private let items: [Item]
    private let pageWidth: Double

    /// Lays out the legend of `page`; `context` measures the text.
    init(page: Int, entries: [MarkedUpEntry], pageWidth: Double, context: CairoContext) {
        self.pageWidth = pageWidth
        let wrapping = TextWrapping(context: context)
        let width = pageWidth - 2 * Self.margin - Self.numberWidth
        items = entries.filter { $0.highlights[page] != nil }.map { entry in
            let others = entry.otherPages(than: page)
            let pages = others.map(String.init)
            let also = others.isEmpty ? "" : entry.language(" · also on p. " + pages.joined(separator: ", "), " · 另见第 " + pages.joined(separator: "、") + " 页")
            context.setFont(Self.font, size: Self.fontSize, bold: true)
            let heading = wrapping.lines(entry.heading + also, width: width)
            context.setFont(Self.font, size: Self.fontSize)
            return Item(entry: entry, lines: heading + wrapping.lines(entry.message, width: width), headingLines: heading.count)
        }
    }

    var isEmpty: Bool { items.isEmpty }

    /// How tall the strip is: a rule, a heading, each finding's lines and a gap after each.
    var height: Double {
        isEmpty ? 0 : Self.margin / 2 + Self.lineHeight * 1.5 + items.reduce(0) { $0 + Double($1.lines.count) * Self.lineHeight + 3 } + Self.margin / 2
    }

    /// Draws the strip with its top edge at `top`.
    func draw(on context: CairoContext, top: Double) {
        guard !isEmpty else { return }
        context.setColour(CairoColour(red: 0.5, green: 0.5, blue: 0.5))
        context.line(from: (Self.margin, top + 4), to: (pageWidth - Self.margin, top + 4), lineWidth: 0.5)
        var y = top + Self.margin / 2 + Self.lineHeight
        context.setColour(.black)
        context.setFont(Self.font, size: Self.fontSize, bold: true)
        context.show("本页标注 Findings marked on this page (boxes: red error, amber warning, blue note)", x: Self.margin, y: y)
        y += Self.lineHeight * 0.5
        for item in items {
            y += Self.lineHeight
            badge(item.entry, baseline: y, context: context)
            for (index, line) in item.lines.enumerated() {
                let isHeading = index < item.headingLines
                context.setColour(isHeading ? HighlightColour.of(item.entry.level) : .black)
                context.setFont(Self.font, size: Self.fontSize, bold: isHeading)
                context.show(line, x: Self.margin + Self.numberWidth, y: y)
                if index < item.lines.count - 1 { y += Self.lineHeight }
            }
            y += 3
        }
    }

    /// The finding's number as its boxes show it: white on the level's colour.
    private func badge(_ entry: MarkedUpEntry, baseline: Double, context: CairoContext) {
        context.setFont(Self.font, size: Self.fontSize, bold: true)
        let text = "\(entry.number)"
        let width = context.advance(of: text) + 4
        context.setColour(HighlightColour.of(entry.level))
        context.fill(x: Self.margin, y: baseline - Self.fontSize, width: width, height: Self.fontSize + 2.5)
        context.setColour(.white)
        context.show(text, x: Self.margin + 2, y: baseline)
    }
}
