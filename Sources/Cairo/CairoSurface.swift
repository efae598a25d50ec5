import CCairo
import Foundation

/// A cairo surface: a PDF document written to memory page by page, or an image in memory.
/// Owns the surface and destroys it when released.
public final class CairoSurface {
    let pointer: OpaquePointer
    let cairo: AuditCairoFunctions
    private let sink: ByteSink?

    private init(_ pointer: OpaquePointer, cairo: AuditCairoFunctions, sink: ByteSink?) throws {
        self.pointer = pointer
        self.cairo = cairo
        self.sink = sink
        if let error = CairoError.check(cairo.surface_status(pointer), operation: "create surface", cairo: cairo) {
            cairo.surface_destroy(pointer)
            throw error
        }
    }

    deinit {
        cairo.surface_destroy(pointer)
    }

    /// A PDF whose first page is `width` × `height` points; `finishPDF()` gives its bytes.
    public static func pdf(width: Double, height: Double) throws -> CairoSurface {
        let cairo = try CairoLibrary.functions()
        let sink = ByteSink()
        let surface = cairo.pdf_surface_create_for_stream(ByteSink.write, sink.closure, width, height)
        return try CairoSurface(surface, cairo: cairo, sink: sink)
    }

    /// An ARGB image of `width` × `height` pixels, transparent until painted.
    public static func image(width: Int, height: Int) throws -> CairoSurface {
        let cairo = try CairoLibrary.functions()
        let surface = cairo.image_surface_create(Int32(AUDIT_CAIRO_FORMAT_ARGB32), Int32(width), Int32(height))
        return try CairoSurface(surface, cairo: cairo, sink: nil)
    }

    /// The size of the PDF's next page, set before anything is drawn on it.
    public func setPageSize(width: Double, height: Double) throws {
        cairo.pdf_surface_set_size(pointer, width, height)
        try checkStatus("set page size")
    }

    /// Ends the PDF and answers its bytes; nothing may be drawn afterwards.
    public func finishPDF() throws -> Data {
        cairo.surface_finish(pointer)
        try checkStatus("finish PDF")
        return sink?.data ?? Data()
    }

    /// The image as PNG bytes.
    public func png() throws -> Data {
        let sink = ByteSink()
        let status = cairo.surface_write_to_png_stream(pointer, ByteSink.write, sink.closure)
        if let error = CairoError.check(status, operation: "write PNG", cairo: cairo) { throw error }
        return sink.data
    }

    private func checkStatus(_ operation: String) throws {
        if let error = CairoError.check(cairo.surface_status(pointer), operation: operation, cairo: cairo) { throw error }
    }
}
