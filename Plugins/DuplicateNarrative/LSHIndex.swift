/// Locality-sensitive hashing over MinHash signatures: each band of `rows` values is hashed to
/// a bucket, and two items sharing a bucket in any band are candidates. Cost grows with the
/// number of items (one bucket insertion per band), not with the number of pairs.
public struct LSHIndex: Sendable {
    public let parameters: BandingParameters
    private var buckets: [[UInt64: [Int32]]]

    public init(parameters: BandingParameters) {
        self.parameters = parameters
        buckets = Array(repeating: [:], count: parameters.bands)
    }

    /// Files item `item` under each band of its signature.
    public mutating func insert(_ item: Int, signature: UnsafeBufferPointer<UInt32>) {
        for band in 0..<parameters.bands {
            buckets[band][key(signature, band: band), default: []].append(Int32(item))
        }
    }

    /// Every pair of items sharing at least one bucket, each once, as (smaller, larger).
    public func candidatePairs() -> Set<CandidatePair> {
        var pairs = Set<CandidatePair>()
        for band in buckets {
            for members in band.values where members.count > 1 {
                for (position, first) in members.enumerated() {
                    for second in members[(position + 1)...] { pairs.insert(CandidatePair(Int(first), Int(second))) }
                }
            }
        }
        return pairs
    }

    private func key(_ signature: UnsafeBufferPointer<UInt32>, band: Int) -> UInt64 {
        var hash: UInt64 = UInt64(band) &* 0x9e37_79b9_7f4a_7c15
        for row in (band * parameters.rows)..<((band + 1) * parameters.rows) {
            hash = SplitMix.finish(hash ^ UInt64(signature[row]))
        }
        return hash
    }
}

/// Two item indices, smaller first.
public struct CandidatePair: Hashable, Sendable {
    public let first: Int
    public let second: Int

    public init(_ a: Int, _ b: Int) {
        (first, second) = (min(a, b), max(a, b))
    }
}
