/// A 64-bit checksum of bytes: FNV-1a over 8-byte words, then the length. Each step
/// (xor a word, multiply by an odd number) is a bijection of the running hash, so any change
/// confined to one word, in particular any single changed byte, always changes the result;
/// wider damage goes unnoticed with odds of about 2⁻⁶⁴. Word-wise it checks a model archive
/// in microseconds, where a cryptographic hash would cost more than loading it.
enum Checksum {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = offsetBasis
        let words = bytes.count / 8
        for index in 0..<words {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* prime
        }
        var tail: UInt64 = 0
        for (shift, byte) in bytes[(words * 8)...].enumerated() {
            tail |= UInt64(byte) << (8 * UInt64(shift))
        }
        hash = (hash ^ tail) &* prime
        return (hash ^ UInt64(bytes.count)) &* prime
    }
}
