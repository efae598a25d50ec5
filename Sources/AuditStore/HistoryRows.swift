import Foundation

/// One row of bytes per revision of a version, oldest first, as a reader derived them from
/// each revision (`Workspace.historyRows`); the store knows nothing of what a row holds. Kept
/// in one buffer so that a reader of a thousand rows walks one array, not a thousand.
public struct HistoryRows: Equatable {
    public private(set) var bytes: [UInt8] = []
    /// Where each row lies in `bytes`; row `n - 1` is revision `n`'s.
    public private(set) var ranges: [Range<Int>] = []

    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    init() {}

    /// Rows as `encoded` wrote them, each a 4-byte little-endian length, then the row; each
    /// must be one `accepting` vouches for.
    init(decoding payload: Data, accepting isWellFormed: (UnsafeRawBufferPointer) -> Bool) throws {
        bytes = payload.withUnsafeBytes { Array($0) }
        var offset = 0
        while offset < bytes.count {
            guard offset + 4 <= bytes.count else { throw Malformed(description: "its rows do not fit its length") }
            let length = bytes[offset..<(offset + 4)].reversed().reduce(0) { $0 << 8 | Int($1) }
            guard length <= bytes.count - offset - 4 else { throw Malformed(description: "its rows do not fit its length") }
            ranges.append((offset + 4)..<(offset + 4 + length))
            offset += 4 + length
        }
        let rejected = bytes.withUnsafeBytes { bytes in ranges.firstIndex { !isWellFormed(UnsafeRawBufferPointer(rebasing: bytes[$0])) } }
        if let rejected { throw Malformed(description: "its row \(rejected + 1) is not one this version writes") }
    }

    var encoded: Data {
        Data(bytes)
    }

    mutating func append(_ row: [UInt8]) {
        let length = UInt32(row.count)
        bytes += (0..<4).map { UInt8(truncatingIfNeeded: length >> (8 * $0)) }
        ranges.append(bytes.count..<(bytes.count + row.count))
        bytes += row
    }
}
