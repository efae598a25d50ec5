import CPoppler
import Foundation

/// An open PDF document, read from bytes in memory; releases poppler's object when released.
public final class PDFDocument {
    let pointer: OpaquePointer
    let poppler: AuditPopplerFunctions

    private init(_ pointer: OpaquePointer, poppler: AuditPopplerFunctions) {
        self.pointer = pointer
        self.poppler = poppler
    }

    deinit {
        poppler.object_unref(UnsafeMutableRawPointer(pointer))
    }

    /// Opens `data` without a password: an encrypted document fails with `.encrypted`.
    public convenience init(data: Data) throws {
        let poppler = try Poppler.functions()
        let bytes = data.withUnsafeBytes { buffer in poppler.bytes_new(buffer.baseAddress, buffer.count) }
        // The document takes its own reference to the bytes.
        defer { poppler.bytes_unref(bytes) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler.document_new_from_bytes(bytes, nil, &error) else {
            throw PDFError.take(error, operation: "open PDF", poppler: poppler)
        }
        self.init(document, poppler: poppler)
    }

    public var pageCount: Int {
        Int(poppler.document_get_n_pages(pointer))
    }

    /// The page at zero-based `index`, or nil where poppler cannot read that page.
    public func page(at index: Int) -> PDFPage? {
        poppler.document_get_page(pointer, Int32(index)).map { PDFPage($0, in: self) }
    }
}
