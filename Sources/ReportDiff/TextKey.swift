/// A string as a dictionary key, equal to another exactly when their UTF-8 bytes are.
///
/// Hashed a word at a time straight from the string's storage and compared with `memcmp`:
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
        left.hash == right.hash && left.text.hasSameUTF8(as: right.text)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    /// Four lanes of eight bytes each, so that the multiplications do not wait on each other.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (UInt64(bytes.count), 1, 2, 3)
        var offset = 0
        while offset + 32 <= raw.count {
            lanes.0 = mix(lanes.0, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            lanes.1 = mix(lanes.1, raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
            lanes.2 = mix(lanes.2, raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
            lanes.3 = mix(lanes.3, raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
            offset += 32
        }
        var hash = mix(mix(mix(lanes.0, lanes.1), lanes.2), lanes.3)
        while offset < raw.count {
            hash = mix(hash, UInt64(raw[offset]))
            offset += 1
        }
        return Int(truncatingIfNeeded: hash)
    }

    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let product = (hash ^ word) &* 0x100_0000_01B3
        return product ^ product >> 29
    }
}
