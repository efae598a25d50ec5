/// Which paragraphs contain each shingle: every (shingle, paragraph) entry sorted by shingle, so
/// that a lookup is a binary search. Sorted arrays rather than a dictionary of lists: hashing
/// every shingle and growing a list per shingle cost more than the comparison they serve.
struct ShingleIndex {
    private let shingles: [Int]
    private let paragraphs: [Int]

    /// `sets[p]` holds the shingles of paragraph `p`, each once.
    init(_ sets: [[Int]]) {
        var entries: [(shingle: Int, paragraph: Int)] = []
        entries.reserveCapacity(sets.reduce(0) { $0 + $1.count })
        for (paragraph, set) in sets.enumerated() {
            for shingle in set { entries.append((shingle, paragraph)) }
        }
        entries.sort { $0.shingle < $1.shingle }
        shingles = entries.map(\.shingle)
        paragraphs = entries.map(\.paragraph)
    }

    /// The paragraphs that contain `shingle`.
    func paragraphs(containing shingle: Int) -> ArraySlice<Int> {
        var low = 0
        var high = shingles.count
        while low < high {
            let middle = (low + high) / 2
            if shingles[middle] < shingle { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < shingles.count, shingles[end] == shingle { end += 1 }
        return paragraphs[low..<end]
    }
}
