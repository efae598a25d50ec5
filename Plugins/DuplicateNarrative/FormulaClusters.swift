/// Sentences that recur in many places, grouped: the standard wording of a report (经济性,
/// 效率性, the 发现的问题 formula). A group spread over at least `minimumOccurrences`
/// paragraphs is a formula; its members do not make a passage a substantive copy.
struct FormulaClusters {
    /// Each formula's sentences, in text order; formulas ordered by first occurrence.
    let clusters: [[Int]]
    private let members: Set<Int>

    init(_ pairs: [ExactPairs.Pair], sentences: [Sentence], minimumOccurrences: Int) {
        var parent = Array(sentences.indices)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        for pair in pairs {
            let (a, b) = (root(pair.left), root(pair.right))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        let matched = Set(pairs.flatMap { [$0.left, $0.right] })
        let groups = Dictionary(grouping: matched.sorted(), by: root)
        clusters = groups.values
            .filter { Set($0.map { sentences[$0].paragraph }).count >= minimumOccurrences }
            .sorted { $0[0] < $1[0] }
        members = Set(clusters.joined())
    }

    func isFormula(_ sentence: Int) -> Bool {
        members.contains(sentence)
    }
}
