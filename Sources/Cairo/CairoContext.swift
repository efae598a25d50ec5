internal import CCairo

/// A drawing context on a surface, which it keeps alive; destroys cairo's context when released.
/// Coordinates are the surface's (points for a PDF, pixels for an image, until `scale`),
/// y growing downwards.
public final class CairoContext {
    private let pointer: OpaquePointer
    private let surface: CairoSurface

    public init(_ surface: CairoSurface) throws {
        self.surface = surface
        pointer = cairo_create(surface.pointer)
        try check("create context")
    }

    deinit {
        cairo_destroy(pointer)
    }

    /// Hands `body` the `cairo_t *`, for a library that draws on cairo itself (poppler);
    /// its errors are read right after.
    public func draw(_ operation: String, _ body: (OpaquePointer) -> Void) throws {
        body(pointer)
        try check(operation)
    }

    /// Ends the current PDF page; the next drawing starts another.
    public func showPage() throws {
        cairo_show_page(pointer)
        try check("show page")
    }

    /// Runs `body` with the context's state (transform, colour, font) restored afterwards.
    public func preserving(_ body: () throws -> Void) rethrows {
        cairo_save(pointer)
        defer { cairo_restore(pointer) }
        try body()
    }

    public func scale(_ factor: Double) {
        cairo_scale(pointer, factor, factor)
    }

    public func setColour(_ colour: CairoColour, alpha: Double = 1) {
        cairo_set_source_rgba(pointer, colour.red, colour.green, colour.blue, alpha)
    }

    public func paint() {
        cairo_paint(pointer)
    }

    /// Fills a rectangle with the current colour.
    public func fill(x: Double, y: Double, width: Double, height: Double) {
        cairo_rectangle(pointer, x, y, width, height)
        cairo_fill(pointer)
    }

    /// Strokes a rectangle's outline with the current colour.
    public func outline(x: Double, y: Double, width: Double, height: Double, lineWidth: Double) {
        cairo_set_line_width(pointer, lineWidth)
        cairo_rectangle(pointer, x, y, width, height)
        cairo_stroke(pointer)
    }

    public func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), lineWidth: Double) {
        cairo_set_line_width(pointer, lineWidth)
        cairo_move_to(pointer, start.x, start.y)
        cairo_line_to(pointer, end.x, end.y)
        cairo_stroke(pointer)
    }

    /// Selects a font by fontconfig family name ("Noto Sans CJK SC"); cairo embeds the glyphs
    /// a PDF uses, so the reader need not have the font.
    public func setFont(_ family: String, size: Double, bold: Bool = false) {
        cairo_select_font_face(pointer, family, CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(pointer, size)
    }

    /// How far `text` advances in the current font.
    public func advance(of text: String) -> Double {
        var extents = cairo_text_extents_t()
        cairo_text_extents(pointer, text, &extents)
        return extents.x_advance
    }

    /// The current font's ascent and descent.
    public var fontExtents: (ascent: Double, descent: Double) {
        var extents = cairo_font_extents_t()
        cairo_font_extents(pointer, &extents)
        return (extents.ascent, extents.descent)
    }

    /// Draws `text` with its baseline starting at (x, y).
    public func show(_ text: String, x: Double, y: Double) {
        cairo_move_to(pointer, x, y)
        cairo_show_text(pointer, text)
    }

    /// The context's first error, if any: cairo stops drawing after one.
    public func check(_ operation: String) throws {
        if let error = CairoError.check(cairo_status(pointer), operation: operation) { throw error }
    }
}
