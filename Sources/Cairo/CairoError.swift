internal import CCairo

/// Why cairo could not draw or write: its status, as cairo words it.
public struct CairoError: Error, Equatable, CustomStringConvertible {
    public let message: String

    public init(message: String) {
        self.message = message
    }

    /// Nil when `status` is success; read right after the call that may have failed, since
    /// cairo keeps only the first error of a context or surface.
    static func check(_ status: cairo_status_t, operation: String) -> CairoError? {
        guard status != CAIRO_STATUS_SUCCESS else { return nil }
        return CairoError(message: "\(operation): \(String(cString: cairo_status_to_string(status)))")
    }

    public var description: String { message }
}
