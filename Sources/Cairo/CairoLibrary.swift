import CCairo

/// cairo's functions, loaded when the first surface is made (see cairo_functions.h).
enum CairoLibrary {
    private static let loaded: Result<AuditCairoFunctions, CairoError> = {
        guard let functions = audit_cairo_functions() else {
            let reason = audit_cairo_failure().map { String(cString: $0) } ?? "unknown failure"
            return .failure(CairoError(message: "cannot load cairo: \(reason)"))
        }
        return .success(functions.pointee)
    }()

    static func functions() throws -> AuditCairoFunctions {
        try loaded.get()
    }
}
