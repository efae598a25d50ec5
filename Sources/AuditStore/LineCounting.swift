import Glibc

/// Line numbering of stored text: a final line without a newline still counts. Decoding maps
/// each newline of the original to exactly one U+000A, so the original has as many lines.
enum LineCounting {
    static func lines(in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, let last = bytes.last else { return 0 }
            // memchr keeps this fast in debug builds, where a byte loop over 64 MiB takes seconds.
            var newlines = 0
            var cursor = UnsafeRawPointer(base)
            var remaining = bytes.count
            while remaining > 0, let found = memchr(cursor, Int32(UInt8(ascii: "\n")), remaining) {
                newlines += 1
                let next = UnsafeRawPointer(found) + 1
                remaining -= next - cursor
                cursor = next
            }
            return last == UInt8(ascii: "\n") ? newlines : newlines + 1
        }
    }
}
