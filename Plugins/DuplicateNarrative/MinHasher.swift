/// MinHash signatures of `permutations` values, by one-permutation hashing with optimal
/// densification (Shrivastava, ICML 2017): each shingle's hash picks one of the
/// `permutations` bins and competes there with its low 32 bits; an empty bin then takes the
/// value of the first non-empty bin along a probe sequence fixed per bin, the same for every
/// set. Two signatures agree in a position with probability equal to the sets' Jaccard
/// similarity, as with independent permutations, but each shingle is hashed once instead of
/// once per permutation.
public struct MinHasher: Sendable {
    public let permutations: Int
    private let seed: UInt64
    /// The first `Self.tabulatedProbes` probes of each bin's sequence, `bin * tabulatedProbes +
    /// attempt - 1`: short paragraphs leave most bins empty, and computing their probes
    /// cost more than hashing the shingles.
    private let probes: [UInt32]
    private static let tabulatedProbes = 32

    public init(permutations: Int, seed: UInt64 = 0x5eed) {
        precondition(permutations > 0 && permutations <= Int(UInt32.max))
        self.permutations = permutations
        self.seed = SplitMix.finish(seed)
        let (mixed, depth) = (self.seed, Self.tabulatedProbes)
        probes = (0..<(permutations * depth)).map { UInt32(Self.probe(bin: $0 / depth, attempt: UInt64($0 % depth + 1), seed: mixed, bins: permutations)) }
    }

    /// Writes the signature of the `shingleSize`-shingles of `text` into `signature`, which
    /// holds `permutations` values. Shingles are hashed as `Shingles` hashes them, straight
    /// into the bins, since the signature needs neither their order nor their uniqueness.
    public func sketch(_ text: ArraySlice<Unicode.Scalar>, shingleSize: Int, into signature: UnsafeMutableBufferPointer<UInt32>) {
        precondition(signature.count == permutations)
        signature.update(repeating: .max)
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: permutations) { filled in
            filled.initialize(repeating: false)
            let bins = UInt64(permutations)
            Shingles.forEachHash(of: text, size: shingleSize) { hash in
                let mixed = hash ^ seed
                let bin = Int(((mixed >> 32) &* bins) >> 32)
                let value = UInt32(truncatingIfNeeded: mixed)
                if value < signature[bin] { signature[bin] = value }
                filled[bin] = true
            }
            densify(signature, filled: UnsafeBufferPointer(filled))
        }
    }

    /// Each empty bin copies the first filled bin its own probe sequence reaches; a text
    /// without shingles keeps its empty signature.
    private func densify(_ signature: UnsafeMutableBufferPointer<UInt32>, filled: UnsafeBufferPointer<Bool>) {
        guard filled.contains(true) else { return }
        probes.withUnsafeBufferPointer { probes in
            for bin in 0..<permutations where !filled[bin] {
                signature[bin] = signature[firstFilled(probedFrom: bin, filled: filled, probes: probes)]
            }
        }
    }

    /// The first filled bin of `bin`'s probe sequence. The tabulated probes are one row of the
    /// table read in order, with no test of the attempt per probe: short sentence windows
    /// leave most bins empty, so this loop ran more often than the shingles were hashed.
    @inline(__always)
    private func firstFilled(probedFrom bin: Int, filled: UnsafeBufferPointer<Bool>, probes: UnsafeBufferPointer<UInt32>) -> Int {
        let row = bin * Self.tabulatedProbes
        for attempt in 0..<Self.tabulatedProbes {
            let source = Int(probes[row + attempt])
            if filled[source] { return source }
        }
        var attempt = UInt64(Self.tabulatedProbes + 1)
        while true {
            let source = Self.probe(bin: bin, attempt: attempt, seed: seed, bins: permutations)
            if filled[source] { return source }
            attempt += 1
        }
    }

    /// The bin that `bin`'s `attempt`-th probe looks at.
    private static func probe(bin: Int, attempt: UInt64, seed: UInt64, bins: Int) -> Int {
        let hash = SplitMix.finish(seed &+ (UInt64(bin) << 32) &+ attempt)
        return Int(((hash >> 32) &* UInt64(bins)) >> 32)
    }
}
