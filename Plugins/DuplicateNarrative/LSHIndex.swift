/// Locality-sensitive hashing over MinHash signatures: each band of `rows` values is hashed to
/// a key, and two items with the same key in any band are candidates. Each band's keys are
/// sorted once, so cost grows with items × bands (and the logarithm from the sort), not with
/// the number of pairs.
public struct LSHIndex: Sendable {
    public let parameters: BandingParameters
    /// Band keys, item by item (`keysByItem[item * bands + band]`): each signature is read
    /// once, right after it is computed, instead of once per band from a buffer larger than the cache.
    private let keysByItem: [UInt64]

    private struct Entry: UniformlyKeyed {
        let key: UInt64
        let item: UInt32
        var sortKey: UInt64 { key }
    }

    /// An index of items whose band keys (`bandKeys`) are already computed, item by item.
    init(parameters: BandingParameters, keysByItem: [UInt64]) {
        self.parameters = parameters
        self.keysByItem = keysByItem
    }

    /// The key of each band of `signature`, in band order.
    @inline(__always)
    static func bandKeys(of signature: UnsafeBufferPointer<UInt32>, parameters: BandingParameters, into keys: UnsafeMutableBufferPointer<UInt64>) {
        for band in 0..<parameters.bands {
            var hash = UInt64(band) &* 0x9e37_79b9_7f4a_7c15
            for row in (band * parameters.rows)..<((band + 1) * parameters.rows) {
                hash = (hash ^ UInt64(signature[row])) &* 0xbf58_476d_1ce4_e5b9
                hash ^= hash >> 31
            }
            keys[band] = hash
        }
    }

    /// Every pair of items sharing at least one band key, each once, as (smaller, larger).
    public func candidatePairs() -> [CandidatePair] {
        let bands = parameters.bands
        let items = keysByItem.count / bands
        // The bands are shared out between the cores, each filling a pair set of its own;
        // the sets are merged in chunk order and the pairs sorted, so the result does not
        // depend on which thread finished first.
        let found = ChunkResults<PairSet>(count: ParallelChunks.chunks(bands, work: items))
        ParallelChunks.forEach(bands, work: items) { chunk, range in
            var pairs = PairSet(capacity: items)
            var entries: [Entry] = []
            entries.reserveCapacity(items)
            for band in range {
                entries.removeAll(keepingCapacity: true)
                for item in 0..<items { entries.append(Entry(key: keysByItem[item * bands + band], item: UInt32(item))) }
                entries.sortByUniformKey()
                collect(entries, into: &pairs)
            }
            found.set(chunk, pairs)
        }
        var pairs = found.values.first ?? PairSet()
        for other in found.values.dropFirst() {
            pairs.formUnion(other)
        }
        return pairs.sortedPairs
    }

    /// Pairs within each run of equal keys.
    private func collect(_ sorted: [Entry], into pairs: inout PairSet) {
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count, sorted[end].key == sorted[start].key { end += 1 }
            for first in start..<end {
                for second in (first + 1)..<end {
                    let (a, b) = (sorted[first].item, sorted[second].item)
                    pairs.insert(min(a, b), max(a, b))
                }
            }
            start = end
        }
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
