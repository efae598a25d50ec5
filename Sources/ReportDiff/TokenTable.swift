/// Gives every distinct token of both reports an integer, so that comparing tokens and hashing
/// paragraphs is integer work. A single character is its own scalar value; numbers (keyed by
/// value and unit) and Latin words get integers above the Unicode range.
///
/// Keys are scalar values, not strings: hashing a Swift string normalises it first, which for
/// Chinese text costs more than the rest of the diff.
struct TokenTable {
    private var ids: [ScalarKey<UInt32>: Int] = [:]
    private static let numberMark: UInt32 = 0x11_0000
    private static let wordMark: UInt32 = 0x11_0001

    /// `key` as `NumberToken.read` leaves it.
    mutating func id(ofNumber key: [UInt32]) -> Int { id([Self.numberMark] + key) }

    mutating func id(ofWord scalars: ArraySlice<Unicode.Scalar>) -> Int { id([Self.wordMark] + scalars.map(\.value)) }

    private mutating func id(_ key: [UInt32]) -> Int {
        let scalarKey = ScalarKey(key)
        if let id = ids[scalarKey] { return id }
        let id = 0x110000 + ids.count
        ids[scalarKey] = id
        return id
    }
}
