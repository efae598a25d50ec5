/// The MinHash signatures of many texts in one flat buffer, and the LSH search over them:
/// the candidate-search stage of `audit dups`, also what bench/run times.
public struct Sketches: Sendable {
    public let hasher: MinHasher
    public private(set) var values: [UInt32]
    public var count: Int { values.count / hasher.permutations }

    /// `texts` are whitespace-free or not; white space is dropped as `Shingles` drops it.
    public init(_ texts: [[Unicode.Scalar]], shingleSize: Int, hasher: MinHasher) {
        self.hasher = hasher
        let width = hasher.permutations
        values = [UInt32](unsafeUninitializedCapacity: texts.count * width) { buffer, initialised in
            let buffer = buffer
            // Each core sketches its own range of texts into its own part of the buffer.
            ParallelChunks.forEach(texts.count) { _, items in
                for item in items {
                    hasher.sketch(texts[item], shingleSize: shingleSize, into: UnsafeMutableBufferPointer(rebasing: buffer[(item * width)..<((item + 1) * width)]))
                }
            }
            initialised = texts.count * width
        }
    }

    /// Pairs whose signatures share a band under `parameters`.
    public func candidates(_ parameters: BandingParameters) -> [CandidatePair] {
        var index = LSHIndex(parameters: parameters)
        index.reserveCapacity(count)
        let width = hasher.permutations
        values.withUnsafeBufferPointer { buffer in
            for item in 0..<count {
                index.insert(signature: UnsafeBufferPointer(rebasing: buffer[(item * width)..<((item + 1) * width)]))
            }
        }
        return index.candidatePairs()
    }
}
