/// Joins matching sentence pairs that follow each other on both sides into passages, so that
/// a copied block is one finding and not one per sentence. Sentences too short to compare
/// are stepped over freely; up to `gap` comparable but unmatched sentences (one rewritten,
/// a figure updated) do not break a passage either.
struct PassageChaining {
    let gap: Int
    /// For each sentence, its position among the comparable sentences, or nil if too short.
    let rank: [Int?]

    /// For each sentence, its position among the comparable ones (nil for those too short).
    static func ranks(_ comparable: [Bool]) -> [Int?] {
        var next = 0
        return comparable.map { isComparable in
            guard isComparable else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func passages(_ pairs: [ExactPairs.Pair]) -> [Passage] {
        let ordered = pairs.sorted { ($0.left, $0.right) < ($1.left, $1.right) }
        let byLeftRank = Dictionary(grouping: ordered.indices, by: { rank[ordered[$0].left]! })
        var used = Set<Int>()
        var passages: [Passage] = []
        for start in ordered.indices where !used.contains(start) {
            used.insert(start)
            var members = [start]
            while let next = successor(of: ordered[members.last!], before: ordered[start].right, in: ordered, byLeftRank: byLeftRank, used: used) {
                used.insert(next)
                members.append(next)
            }
            let chosen = members.map { ordered[$0] }
            passages.append(Passage(first: chosen.first!.left...chosen.last!.left, second: chosen.first!.right...chosen.last!.right, pairs: chosen))
        }
        return passages
    }

    /// The nearest unused pair continuing both sides, keeping the first copy before the second.
    private func successor(of pair: ExactPairs.Pair, before limit: Int, in ordered: [ExactPairs.Pair], byLeftRank: [Int: [Int]], used: Set<Int>) -> Int? {
        let (left, right) = (rank[pair.left]!, rank[pair.right]!)
        var best: (distance: Int, index: Int)?
        for nextLeft in left...(left + 1 + gap) {
            for candidate in byLeftRank[nextLeft] ?? [] where !used.contains(candidate) && ordered[candidate].left < limit {
                let nextRight = rank[ordered[candidate].right]!
                // One long sentence may hold several of the other copy's sentences, so one
                // side may stay put while the other moves on.
                guard nextRight >= right, nextRight <= right + 1 + gap, nextLeft > left || nextRight > right else { continue }
                let distance = (nextLeft - left) + (nextRight - right)
                if best.map({ distance < $0.distance }) ?? true { best = (distance, candidate) }
            }
        }
        return best?.index
    }
}
