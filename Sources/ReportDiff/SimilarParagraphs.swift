/// Pairs paragraphs that are not identical but share most of their text: the edited ones.
///
/// Similarity is the Dice coefficient of the two paragraphs' sets of token bigrams. Candidates
/// come from an inverted index over the bigrams (`ShingleIndex`), so only paragraphs that share
/// text are ever compared; pairs are then taken best first, nearer positions first among equals,
/// so that of two identical copies the nearer one is matched.
enum SimilarParagraphs {
    /// Below this, two paragraphs are a removal and an addition rather than one edit.
    static let threshold = 0.5

    static func pairs(old: [Int], new: [Int], oldTexts: [Int: TokenizedText], newTexts: [Int: TokenizedText]) -> [(old: Int, new: Int)] {
        let oldIDs = old.map { oldTexts[$0]!.ids }
        let newIDs = new.map { newTexts[$0]!.ids }
        var index = ShingleIndex(capacity: (oldIDs + newIDs).reduce(0) { $0 + $1.count })
        let newSizes = newIDs.indices.map { position in
            shingles(of: newIDs[position]).reduce(0) { count, shingle in index.insert(shingle, paragraph: position) ? count + 1 : count }
        }
        var shared = [Int](repeating: 0, count: new.count)
        var touched: [Int] = []
        var candidates: [(score: Double, distance: Int, old: Int, new: Int)] = []
        for (reader, oldParagraph) in old.enumerated() {
            let size = shingles(of: oldIDs[reader]).reduce(0) { count, shingle in
                let distinct = index.visit(shingle, reader: reader) { position in
                    if shared[position] == 0 { touched.append(position) }
                    shared[position] += 1
                }
                return distinct ? count + 1 : count
            }
            for position in touched {
                let score = 2 * Double(shared[position]) / Double(size + newSizes[position])
                if score >= threshold {
                    candidates.append((score, abs(oldParagraph - new[position]), oldParagraph, new[position]))
                }
                shared[position] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        candidates.sort { ($0.score, -$0.distance, -$0.old, -$0.new) > ($1.score, -$1.distance, -$1.old, -$1.new) }
        return taken(candidates)
    }

    /// Candidates in order, each taken unless its old or new paragraph already was.
    private static func taken(_ candidates: [(score: Double, distance: Int, old: Int, new: Int)]) -> [(old: Int, new: Int)] {
        var takenOld: Set<Int> = []
        var takenNew: Set<Int> = []
        var result: [(old: Int, new: Int)] = []
        for candidate in candidates where !takenOld.contains(candidate.old) && !takenNew.contains(candidate.new) {
            takenOld.insert(candidate.old)
            takenNew.insert(candidate.new)
            result.append((candidate.old, candidate.new))
        }
        return result
    }

    /// Adjacent token pairs, or the lone token of a one-token paragraph; a pair may recur.
    private static func shingles(of ids: [Int]) -> [Int] {
        guard ids.count > 1 else { return ids }
        return (1..<ids.count).map { ids[$0 - 1] &* 0x200001 &+ ids[$0] }
    }
}
