/// MinHash signatures: for each of `permutations` hash functions, the least value it takes
/// over a set's shingles. Two signatures agree in a position with probability equal to the
/// sets' Jaccard similarity.
///
/// Each function is multiply-add-shift on the shingle's low 32 bits,
/// h(x) = (a·x + b) >> 32 with random 64-bit a (odd) and b, a universal family for 32-bit
/// keys that costs one multiplication: the same keys and output width as datasketch's
/// (a·x + b) mod (2⁶¹ − 1) over 32-bit SHA-1 values, without the modulo.
public struct MinHasher: Sendable {
    public let permutations: Int
    private let multipliers: [UInt64]
    private let increments: [UInt64]

    public init(permutations: Int, seed: UInt64 = 0x5eed) {
        self.permutations = permutations
        var state = seed
        multipliers = (0..<permutations).map { _ in Self.next(&state) | 1 }
        increments = (0..<permutations).map { _ in Self.next(&state) }
    }

    /// Writes the signature of `shingles` into `signature`, which holds `permutations` values.
    public func sketch(_ shingles: Shingles, into signature: UnsafeMutableBufferPointer<UInt32>) {
        precondition(signature.count == permutations)
        signature.update(repeating: .max)
        multipliers.withUnsafeBufferPointer { a in
            increments.withUnsafeBufferPointer { b in
                for hash in shingles.hashes {
                    let key = hash & 0xffff_ffff
                    for index in 0..<permutations {
                        let value = UInt32(truncatingIfNeeded: (a[index] &* key &+ b[index]) >> 32)
                        if value < signature[index] { signature[index] = value }
                    }
                }
            }
        }
    }

    public func signature(_ shingles: Shingles) -> [UInt32] {
        [UInt32](unsafeUninitializedCapacity: permutations) { buffer, count in
            sketch(shingles, into: buffer)
            count = permutations
        }
    }

    private static func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return SplitMix.finish(state)
    }
}
