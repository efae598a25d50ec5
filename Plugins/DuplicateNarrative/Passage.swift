/// A run of consecutive sentences copied together: the earlier copy (`first`) and the later
/// one (`second`), as ranges of sentence indices, with the sentence pairs that matched.
struct Passage {
    var first: ClosedRange<Int>
    var second: ClosedRange<Int>
    var pairs: [ExactPairs.Pair]

    init(first: ClosedRange<Int>, second: ClosedRange<Int>, pairs: [ExactPairs.Pair]) {
        self.first = first
        self.second = second
        self.pairs = pairs
    }

    init(_ pairs: ArraySlice<ExactPairs.Pair>) {
        self.init(first: pairs.first!.left...pairs.last!.left, second: pairs.first!.right...pairs.last!.right, pairs: Array(pairs))
    }

    /// The passage without formula pairs at either end: wording every project shares says
    /// nothing about where a copy begins or ends. Nil when only formula pairs remain.
    func trimmed(_ formulas: FormulaClusters) -> Passage? {
        let isFormula = { (pair: ExactPairs.Pair) in formulas.isFormula(pair.left) && formulas.isFormula(pair.right) }
        guard let start = pairs.firstIndex(where: { !isFormula($0) }), let end = pairs.lastIndex(where: { !isFormula($0) }) else { return nil }
        return Passage(pairs[start...end])
    }
}
