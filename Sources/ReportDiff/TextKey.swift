import Foundation

/// A string as a dictionary key, equal to another exactly when their UTF-8 bytes are.
///
/// Hashed eight bytes at a time straight from the string's storage and compared with `memcmp`:
/// copying each paragraph into an array to hash it byte by byte was the largest cost of
/// aligning two reports whose paragraphs are almost all the same.
struct TextKey: Hashable {
    private let text: String
    private let hash: Int

    init(_ text: String) {
        var text = text
        hash = text.withUTF8(Self.hash)
        self.text = text
    }

    static func == (left: TextKey, right: TextKey) -> Bool {
        left.hash == right.hash && sameBytes(left.text, right.text)
    }

    /// Whether the two strings have the same UTF-8 bytes.
    static func sameBytes(_ left: String, _ right: String) -> Bool {
        var (left, right) = (left, right)
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                leftBytes.count == rightBytes.count
                    && (leftBytes.isEmpty || memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, leftBytes.count) == 0)
            }
        }
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        var hash = UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x100_0000_01B3
            hash ^= hash >> 29
            offset += 8
        }
        while offset < raw.count {
            hash = (hash ^ UInt64(raw[offset])) &* 0x100_0000_01B3
            offset += 1
        }
        return Int(truncatingIfNeeded: hash)
    }
}
