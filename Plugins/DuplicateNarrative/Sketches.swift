/// The MinHash signatures of many shingle sets in one flat buffer, and the LSH search over
/// them: the candidate-search stage of `audit dups`, also what bench/run times.
public struct Sketches: Sendable {
    public let hasher: MinHasher
    public private(set) var values: [UInt32]
    public var count: Int { values.count / hasher.permutations }

    public init(_ sets: [Shingles], hasher: MinHasher) {
        self.hasher = hasher
        let width = hasher.permutations
        values = [UInt32](unsafeUninitializedCapacity: sets.count * width) { buffer, initialised in
            for (item, set) in sets.enumerated() {
                hasher.sketch(set, into: UnsafeMutableBufferPointer(rebasing: buffer[(item * width)..<((item + 1) * width)]))
            }
            initialised = sets.count * width
        }
    }

    /// Pairs whose signatures share a band under `parameters`.
    public func candidates(_ parameters: BandingParameters) -> Set<CandidatePair> {
        var index = LSHIndex(parameters: parameters)
        let width = hasher.permutations
        values.withUnsafeBufferPointer { buffer in
            for item in 0..<count {
                index.insert(item, signature: UnsafeBufferPointer(rebasing: buffer[(item * width)..<((item + 1) * width)]))
            }
        }
        return index.candidatePairs()
    }
}
