/// Grows a passage by neighbouring sentences that are similar but below the matching
/// threshold: an edited sentence next to a copied one is part of the copy. Each edited
/// character spoils up to `shingle-size` shingles, so a short sentence with a changed figure
/// and a dropped word falls well below the threshold that is safe for finding copies anywhere.
struct PassageExtension {
    let sentences: [Sentence]
    let comparable: [Bool]
    let jaccard: Double

    func extended(_ passage: Passage) -> Passage {
        var pairs = passage.pairs
        while let last = pairs.last, let pair = neighbour(after: last.left, after: last.right, limit: pairs[0].right) {
            pairs.append(pair)
        }
        while let first = pairs.first, let pair = neighbour(before: first.left, before: first.right, limit: pairs.last!.left) {
            pairs.insert(pair, at: 0)
        }
        return Passage(pairs[...])
    }

    private func neighbour(after left: Int, after right: Int, limit: Int) -> ExactPairs.Pair? {
        guard let nextLeft = next(after: left), nextLeft < limit, let nextRight = next(after: right) else { return nil }
        return similar(nextLeft, nextRight)
    }

    private func neighbour(before left: Int, before right: Int, limit: Int) -> ExactPairs.Pair? {
        guard let previousLeft = previous(before: left), let previousRight = previous(before: right), previousRight > limit else { return nil }
        return similar(previousLeft, previousRight)
    }

    private func similar(_ left: Int, _ right: Int) -> ExactPairs.Pair? {
        let similarity = sentences[left].shingles.similarity(sentences[right].shingles)
        return similarity.jaccard >= jaccard ? ExactPairs.Pair(left: left, right: right, similarity: similarity) : nil
    }

    private func next(after sentence: Int) -> Int? {
        ((sentence + 1)..<sentences.count).first { comparable[$0] }
    }

    private func previous(before sentence: Int) -> Int? {
        (0..<sentence).last { comparable[$0] }
    }
}
