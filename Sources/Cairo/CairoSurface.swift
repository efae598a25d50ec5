internal import CCairo
internal import CCairoLoader
import Foundation

/// A cairo surface: a PDF document written to memory page by page, or an image in memory.
/// Owns the surface and destroys it when released.
public final class CairoSurface {
    let pointer: OpaquePointer
    private let sink: ByteSink?

    private init(_ pointer: OpaquePointer, sink: ByteSink?) throws {
        self.pointer = pointer
        self.sink = sink
        if let error = CairoError.check(cairo_surface_status(pointer), operation: "create surface") {
            cairo_surface_destroy(pointer)
            throw error
        }
    }

    deinit {
        cairo_surface_destroy(pointer)
    }

    /// A PDF whose first page is `width` × `height` points; `finishPDF()` gives its bytes.
    public static func pdf(width: Double, height: Double) throws -> CairoSurface {
        try Self.loadCairo()
        let sink = ByteSink()
        return try CairoSurface(cairo_pdf_surface_create_for_stream(ByteSink.write, sink.closure, width, height), sink: sink)
    }

    /// An ARGB image of `width` × `height` pixels, transparent until painted.
    public static func image(width: Int, height: Int) throws -> CairoSurface {
        try Self.loadCairo()
        return try CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)), sink: nil)
    }

    /// The size of the PDF's next page, set before anything is drawn on it.
    public func setPageSize(width: Double, height: Double) throws {
        cairo_pdf_surface_set_size(pointer, width, height)
        try checkStatus("set page size")
    }

    /// Ends the PDF and answers its bytes; nothing may be drawn afterwards.
    public func finishPDF() throws -> Data {
        cairo_surface_finish(pointer)
        try checkStatus("finish PDF")
        return sink?.data ?? Data()
    }

    /// The image as PNG bytes.
    public func png() throws -> Data {
        let sink = ByteSink()
        let status = cairo_surface_write_to_png_stream(pointer, ByteSink.write, sink.closure)
        if let error = CairoError.check(status, operation: "write PNG") { throw error }
        return sink.data
    }

    /// The first surface loads cairo (CCairoLoader); when it cannot be, this says why.
    private static func loadCairo() throws {
        if let failure = audit_cairo_failure() { throw CairoError(message: String(cString: failure)) }
    }

    private func checkStatus(_ operation: String) throws {
        if let error = CairoError.check(cairo_surface_status(pointer), operation: operation) { throw error }
    }
}
