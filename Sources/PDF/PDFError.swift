internal import CPoppler

/// Why poppler could not open a document: its error code and message.
public struct PDFError: Error, Equatable, CustomStringConvertible {
    public enum Kind: Equatable {
        case encrypted, damaged, other
    }

    public let kind: Kind
    public let message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// Reads and frees the `GError` a failing poppler call left, which must be done right after
    /// that call: the next call taking the same `GError **` would find it set and abort.
    static func take(_ error: UnsafeMutablePointer<GError>?, operation: String) -> PDFError {
        guard let error else { return PDFError(kind: .other, message: "\(operation) failed") }
        defer { g_error_free(error) }
        let message = error.pointee.message.map { String(cString: $0) } ?? "\(operation) failed"
        guard error.pointee.domain == poppler_error_quark() else { return PDFError(kind: .other, message: message) }
        switch error.pointee.code {
        case Int32(POPPLER_ERROR_ENCRYPTED.rawValue): return PDFError(kind: .encrypted, message: message)
        case Int32(POPPLER_ERROR_DAMAGED.rawValue), Int32(POPPLER_ERROR_BAD_CATALOG.rawValue):
            return PDFError(kind: .damaged, message: message)
        default: return PDFError(kind: .other, message: message)
        }
    }

    public var description: String { message }
}
