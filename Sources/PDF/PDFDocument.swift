internal import CPoppler
internal import CPopplerLoader
import Foundation

/// An open PDF document, read from bytes in memory; releases poppler's object when released.
public final class PDFDocument {
    let pointer: OpaquePointer

    private init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pointer))
    }

    /// Opens `data` without a password: an encrypted document fails with `.encrypted`. The first
    /// document loads poppler-glib (CPopplerLoader); when it cannot be, this says why.
    public convenience init(data: Data) throws {
        if let failure = audit_poppler_failure() { throw PDFError(kind: .other, message: String(cString: failure)) }
        let bytes = data.withUnsafeBytes { buffer in g_bytes_new(buffer.baseAddress, gsize(buffer.count)) }
        // The document takes its own reference to the bytes.
        defer { g_bytes_unref(bytes) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
            throw PDFError.take(error, operation: "open PDF")
        }
        self.init(document)
    }

    public var pageCount: Int {
        Int(poppler_document_get_n_pages(pointer))
    }

    /// The page at zero-based `index`, or nil where poppler cannot read that page.
    public func page(at index: Int) -> PDFPage? {
        poppler_document_get_page(pointer, Int32(index)).map { PDFPage($0, in: self) }
    }
}
