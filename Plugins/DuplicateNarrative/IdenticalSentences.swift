/// Sentences whose shingle sets are identical, searched for matches once per group. A report
/// that repeats its text k times holds every sentence k times; comparing each copy with every
/// other is k² work (and k² pairs) that says nothing the first comparison did not. Only the
/// first sentence of each group enters the pairwise search; the pairs it implies are then
/// spelt out: every one for small groups, and beyond `fullExpansion` members a chain of
/// neighbours, which keeps each group connected (formulas are connected groups) and pairs
/// each copy with the next (passages), in work linear in the copies.
struct IdenticalSentences {
    static let fullExpansion = 8

    private let groups: [[Int]]
    /// The group of each representative (a group's first member).
    private let groupOf: [Int: Int]

    init(_ sets: [Shingles], eligible: (Int) -> Bool) {
        var groupBySet: [Shingles: Int] = [:]
        var groups: [[Int]] = []
        for member in sets.indices where eligible(member) {
            if let group = groupBySet[sets[member]] {
                groups[group].append(member)
            } else {
                groupBySet[sets[member]] = groups.count
                groups.append([member])
            }
        }
        self.groups = groups
        groupOf = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($0.element[0], $0.offset) })
    }

    /// Every matching pair `exact` would find among the eligible sets, `left < right`, in
    /// order, save the pairs a chain leaves implied.
    func pairs(_ sets: [Shingles], matching exact: ExactPairs) -> [ExactPairs.Pair] {
        let between = exact.within(sets) { groupOf[$0] != nil }
        var pairs = groups.flatMap { group in
            Self.within(group, similarity: Similarity(shared: sets[group[0]].count, left: sets[group[0]].count, right: sets[group[0]].count))
        }
        for pair in between {
            pairs += Self.across(groups[groupOf[pair.left]!], groups[groupOf[pair.right]!], similarity: pair.similarity)
        }
        return pairs.sorted { ($0.left, $0.right) < ($1.left, $1.right) }
    }

    private static func within(_ group: [Int], similarity: Similarity) -> [ExactPairs.Pair] {
        guard group.count > 1 else { return [] }
        if group.count > fullExpansion {
            return zip(group, group.dropFirst()).map { ExactPairs.Pair(left: $0, right: $1, similarity: similarity) }
        }
        return group.indices.flatMap { first in
            group[(first + 1)...].map { ExactPairs.Pair(left: group[first], right: $0, similarity: similarity) }
        }
    }

    /// Two matching groups: every member of one with every member of the other while that
    /// is small, else the i-th of one with the i-th of the other (copy with copy).
    private static func across(_ one: [Int], _ other: [Int], similarity: Similarity) -> [ExactPairs.Pair] {
        let members = one.count * other.count <= fullExpansion * fullExpansion
            ? one.flatMap { a in other.map { (a, $0) } }
            : Array(zip(one, other))
        return members.map { a, b in
            let swapped = Similarity(shared: similarity.shared, left: similarity.right, right: similarity.left)
            return a < b ? ExactPairs.Pair(left: a, right: b, similarity: similarity) : ExactPairs.Pair(left: b, right: a, similarity: swapped)
        }
    }
}
