/// Sentences that recur in many places, grouped: the standard wording of a report (经济性,
/// 效率性, the 发现的问题 formula). A group spread over at least `minimumOccurrences`
/// paragraphs (across reports: reports) is a formula; its members do not make a passage a
/// substantive copy.
struct FormulaClusters {
    /// Each formula's sentences, in text order; formulas ordered by first occurrence.
    let clusters: [[Int]]
    private let members: Set<Int>

    /// `place` names where a sentence stands (its paragraph, or its report); a group counts
    /// its distinct places.
    init(_ pairs: [ExactPairs.Pair], count: Int, minimumOccurrences: Int, place: (Int) -> Int) {
        clusters = ConnectedGroups.groups(pairs.map { ($0.left, $0.right) }, count: count)
            .filter { Set($0.map(place)).count >= minimumOccurrences }
        members = Set(clusters.joined())
    }

    func isFormula(_ sentence: Int) -> Bool {
        members.contains(sentence)
    }
}
