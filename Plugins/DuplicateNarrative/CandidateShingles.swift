/// The shingle sets of the items that candidate pairs name, each built once however many
/// pairs name it: a season of reports gives each sentence window many chance candidates, and
/// sorting its shingles again for every one of them grew faster than the corpus.
struct CandidateShingles {
    private let sets: [Shingles?]

    init(_ pairs: [CandidatePair], count: Int, make: (Int) -> Shingles) {
        var sets = [Shingles?](repeating: nil, count: count)
        for pair in pairs {
            if sets[pair.first] == nil { sets[pair.first] = make(pair.first) }
            if sets[pair.second] == nil { sets[pair.second] = make(pair.second) }
        }
        self.sets = sets
    }

    /// The similarity of a pair given to `init`.
    func similarity(_ pair: CandidatePair) -> Similarity {
        sets[pair.first]!.similarity(sets[pair.second]!)
    }
}
