/// Pairs paragraphs that are not identical but share most of their text: the edited ones.
///
/// Similarity is the Dice coefficient of the two paragraphs' sets of token bigrams. Candidates
/// come from an inverted index over the bigrams, so only paragraphs that share text are ever
/// compared; pairs are then taken best first, nearer positions first among equals, so that of
/// two identical copies the nearer one is matched.
enum SimilarParagraphs {
    /// Below this, two paragraphs are a removal and an addition rather than one edit.
    static let threshold = 0.5

    static func pairs(old: [Int], new: [Int], oldTexts: [Int: TokenizedText], newTexts: [Int: TokenizedText]) -> [(old: Int, new: Int)] {
        let newShingles = new.map { shingles(newTexts[$0]!) }
        var index: [Int: [Int]] = [:]
        for (position, set) in newShingles.enumerated() {
            for shingle in set { index[shingle, default: []].append(position) }
        }
        var candidates: [(score: Double, distance: Int, old: Int, new: Int)] = []
        for oldParagraph in old {
            let oldShingles = shingles(oldTexts[oldParagraph]!)
            var shared: [Int: Int] = [:]
            for shingle in oldShingles {
                for position in index[shingle] ?? [] { shared[position, default: 0] += 1 }
            }
            for (position, count) in shared {
                let score = 2 * Double(count) / Double(oldShingles.count + newShingles[position].count)
                if score >= threshold {
                    candidates.append((score, abs(oldParagraph - new[position]), oldParagraph, new[position]))
                }
            }
        }
        candidates.sort { ($0.score, -$0.distance, -$0.old, -$0.new) > ($1.score, -$1.distance, -$1.old, -$1.new) }
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

    /// Adjacent token pairs, or the lone token of a one-token paragraph.
    private static func shingles(_ text: TokenizedText) -> Set<Int> {
        guard text.count > 1 else { return Set(text.ids) }
        var set = Set<Int>(minimumCapacity: text.count)
        for position in 1..<text.count { set.insert(text.ids[position - 1] &* 0x200001 &+ text.ids[position]) }
        return set
    }
}
