import Foundation

/// Line numbering shared by the original bytes and the stored text, so the two can be compared.
enum LineCounting {
    static func lines(in bytes: Data) -> Int {
        let newlines = bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        return bytes.last == nil || bytes.last == UInt8(ascii: "\n") ? newlines : newlines + 1
    }
}
