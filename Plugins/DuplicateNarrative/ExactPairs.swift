/// Every pair of shingle sets whose exact overlap reaches the thresholds, found through an
/// inverted index: only sets sharing a shingle are ever compared, and each comparison is an
/// exact count, so nothing is missed and nothing is estimated.
struct ExactPairs {
    struct Pair: Hashable {
        let left: Int
        let right: Int
        let similarity: Similarity
    }

    let jaccard: Double
    let containment: Double

    func matches(_ similarity: Similarity) -> Bool {
        similarity.jaccard >= jaccard || similarity.containment >= containment
    }

    /// Pairs within one list, `left < right`; `eligible` says which members may match at all.
    func within(_ sets: [Shingles], eligible: (Int) -> Bool) -> [Pair] {
        let index = InvertedIndex(sets, eligible: eligible)
        return sets.indices.filter(eligible).flatMap { left in
            index.overlaps(with: sets[left], after: left).compactMap { right, shared in
                let similarity = Similarity(shared: shared, left: sets[left].count, right: sets[right].count)
                return matches(similarity) ? Pair(left: left, right: right, similarity: similarity) : nil
            }
        }
    }

    /// Pairs between two lists: `left` indexes `probes`, `right` indexes `indexed`.
    func between(_ probes: [Shingles], _ indexed: [Shingles], eligible: (Int) -> Bool) -> [Pair] {
        let index = InvertedIndex(indexed, eligible: { _ in true })
        return probes.indices.filter(eligible).flatMap { left in
            index.overlaps(with: probes[left], after: -1).compactMap { right, shared in
                let similarity = Similarity(shared: shared, left: probes[left].count, right: indexed[right].count)
                return matches(similarity) ? Pair(left: left, right: right, similarity: similarity) : nil
            }
        }
    }
}

/// Shingle → the sets holding it.
private struct InvertedIndex {
    private var postings: [UInt64: [Int32]] = [:]

    init(_ sets: [Shingles], eligible: (Int) -> Bool) {
        for (member, set) in sets.enumerated() where eligible(member) {
            for hash in set.hashes { postings[hash, default: []].append(Int32(member)) }
        }
    }

    /// Members after `after` sharing at least one shingle with `set`, with how many they share.
    func overlaps(with set: Shingles, after: Int) -> [(Int, Int)] {
        var counts: [Int: Int] = [:]
        for hash in set.hashes {
            guard let members = postings[hash] else { continue }
            for member in members where Int(member) > after { counts[Int(member), default: 0] += 1 }
        }
        return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
