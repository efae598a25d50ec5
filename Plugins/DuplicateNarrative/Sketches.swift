/// The candidate-search stage of `audit dups`, also what bench/run times: each text's MinHash
/// signature is cut into LSH band keys as soon as it is computed, and only the keys are kept
/// (a band key of 8 bytes where its rows take 20), so a season of reports' sentence windows
/// fits in memory; the texts are shared out between the cores.
public enum Sketches {
    /// Pairs of `texts` whose signatures share a band under `parameters`. `texts` are
    /// whitespace-free or not; white space is dropped as `Shingles` drops it.
    public static func candidates(_ texts: [[Unicode.Scalar]], shingleSize: Int, hasher: MinHasher, parameters: BandingParameters) -> [CandidatePair] {
        candidates(count: texts.count, shingleSize: shingleSize, hasher: hasher, parameters: parameters) { texts[$0][...] }
    }

    /// The same for `count` texts given by `text`, called from several threads: windows of
    /// longer texts need not be copied out of them first.
    static func candidates(count: Int, shingleSize: Int, hasher: MinHasher, parameters: BandingParameters,
                           text: @escaping (Int) -> ArraySlice<Unicode.Scalar>) -> [CandidatePair] {
        precondition(parameters.bands * parameters.rows <= hasher.permutations)
        let bands = parameters.bands
        let keys = [UInt64](unsafeUninitializedCapacity: count * bands) { buffer, initialised in
            let buffer = buffer
            // Each core sketches its own range of texts into its own part of the buffer.
            ParallelChunks.forEach(count) { _, items in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: hasher.permutations) { signature in
                    for item in items {
                        hasher.sketch(text(item), shingleSize: shingleSize, into: signature)
                        LSHIndex.bandKeys(of: UnsafeBufferPointer(signature), parameters: parameters,
                                          into: UnsafeMutableBufferPointer(rebasing: buffer[(item * bands)..<((item + 1) * bands)]))
                    }
                }
            }
            initialised = count * bands
        }
        return LSHIndex(parameters: parameters, keysByItem: keys).candidatePairs()
    }
}
