/// Sentences that recur in many places, grouped: the standard wording of a report (经济性,
/// 效率性, the 发现的问题 formula). A group spread over at least `minimumOccurrences`
/// paragraphs is a formula; its members do not make a passage a substantive copy.
struct FormulaClusters {
    /// Each formula's sentences, in text order; formulas ordered by first occurrence.
    let clusters: [[Int]]
    private let members: Set<Int>

    init(_ pairs: [ExactPairs.Pair], sentences: [Sentence], minimumOccurrences: Int) {
        clusters = ConnectedGroups.groups(pairs.map { ($0.left, $0.right) }, count: sentences.count)
            .filter { Set($0.map { sentences[$0].paragraph }).count >= minimumOccurrences }
        members = Set(clusters.joined())
    }

    func isFormula(_ sentence: Int) -> Bool {
        members.contains(sentence)
    }
}
