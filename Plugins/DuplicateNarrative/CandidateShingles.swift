/// The shingle sets of the items that candidate pairs name, each built once however many
/// pairs name it: a season of reports gives each sentence window many chance candidates, and
/// sorting its shingles again for every one of them grew faster than the corpus.
struct CandidateShingles {
    private let sets: [Shingles?]

    /// The items named are found first, then their sets built on every core.
    init(_ pairs: [CandidatePair], count: Int, make: @escaping (Int) -> Shingles) {
        var named = [Bool](repeating: false, count: count)
        for pair in pairs {
            named[pair.first] = true
            named[pair.second] = true
        }
        let items = named.indices.filter { named[$0] }
        let built = ParallelChunks.flatMap(items.count) { range in range.map { make(items[$0]) } }
        var sets = [Shingles?](repeating: nil, count: count)
        for (item, shingles) in zip(items, built) {
            sets[item] = shingles
        }
        self.sets = sets
    }

    /// The similarity of a pair given to `init`.
    func similarity(_ pair: CandidatePair) -> Similarity {
        sets[pair.first]!.similarity(sets[pair.second]!)
    }
}
