internal import CPoppler

/// One page of a `PDFDocument`, which it keeps alive; releases poppler's object when released.
public final class PDFPage {
    let pointer: OpaquePointer
    private let document: PDFDocument

    init(_ pointer: OpaquePointer, in document: PDFDocument) {
        self.pointer = pointer
        self.document = document
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pointer))
    }

    public var size: (width: Double, height: Double) {
        var width = 0.0, height = 0.0
        poppler_page_get_size(pointer, &width, &height)
        return (width, height)
    }

    /// The page's text layer in poppler's order, each character with its box and font size;
    /// line breaks poppler inserts come as characters too, so words can be split at them.
    public func characters() -> [PDFCharacter] {
        let scalars = text().unicodeScalars
        let boxes = characterBoxes()
        // Poppler gives one rectangle per character of its text; if the two ever disagree the
        // extra characters have no position and are left out rather than misplaced.
        let sizes = fontSizes(count: min(scalars.count, boxes.count))
        return zip(zip(scalars, boxes), sizes).map { PDFCharacter(scalar: $0.0, box: $0.1, fontSize: $1) }
    }

    /// Whether the page draws any image: a page with images and no text is most likely a scan.
    public var hasImages: Bool {
        guard let mapping = poppler_page_get_image_mapping(pointer) else { return false }
        poppler_page_free_image_mapping(mapping)
        return true
    }

    /// Draws the page as vectors (text stays text) on `cairo`, a `cairo_t *` in page points,
    /// y growing downwards from the top edge, as the boxes of `characters()` are.
    public func render(onCairo cairo: OpaquePointer) {
        poppler_page_render_for_printing(pointer, cairo)
    }

    private func text() -> String {
        guard let raw = poppler_page_get_text(pointer) else { return "" }
        defer { g_free(raw) }
        return String(cString: raw)
    }

    private func characterBoxes() -> [PDFBox] {
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: CUnsignedInt = 0
        guard poppler_page_get_text_layout(pointer, &rectangles, &count) != 0, let rectangles else { return [] }
        defer { g_free(rectangles) }
        return UnsafeBufferPointer(start: rectangles, count: Int(count)).map {
            PDFBox(x0: $0.x1, y0: $0.y1, x1: $0.x2, y1: $0.y2)
        }
    }

    /// Font size per character index, from poppler's attribute runs (inclusive index ranges).
    private func fontSizes(count: Int) -> [Double] {
        var sizes = [Double](repeating: 0, count: count)
        guard let runs = poppler_page_get_text_attributes(pointer) else { return sizes }
        defer { poppler_page_free_text_attributes(runs) }
        var node: UnsafeMutablePointer<GList>? = runs
        while let current = node {
            node = current.pointee.next
            guard let run = current.pointee.data?.assumingMemoryBound(to: PopplerTextAttributes.self).pointee else { continue }
            let start = max(0, Int(run.start_index)), end = min(count - 1, Int(run.end_index))
            if start <= end { for index in start...end { sizes[index] = run.font_size } }
        }
        return sizes
    }
}
