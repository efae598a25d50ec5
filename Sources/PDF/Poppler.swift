import CPoppler

/// poppler-glib's functions, loaded when the first PDF is opened (see poppler_functions.h).
enum Poppler {
    private static let loaded: Result<AuditPopplerFunctions, PDFError> = {
        guard let functions = audit_poppler_functions() else {
            let reason = audit_poppler_failure().map { String(cString: $0) } ?? "unknown failure"
            return .failure(PDFError(kind: .other, message: "cannot load poppler-glib: \(reason)"))
        }
        return .success(functions.pointee)
    }()

    static func functions() throws -> AuditPopplerFunctions {
        try loaded.get()
    }
}
