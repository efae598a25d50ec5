internal import CCairo
import Foundation

/// Where a surface's PDF or PNG bytes go: collected in memory, handed to cairo as the closure
/// of its write callback, so that the caller writes the file whole (OutputFile) or serves it.
final class ByteSink {
    private(set) var data = Data()

    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// cairo's `cairo_write_func_t`; the closure is a `ByteSink` kept alive by its surface.
    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        if let bytes, length > 0 { sink.data.append(bytes, count: Int(length)) }
        return CAIRO_STATUS_SUCCESS
    }
}
