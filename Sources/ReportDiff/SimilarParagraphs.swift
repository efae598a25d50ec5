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
        let index = ShingleIndex(newShingles)
        var shared = [Int](repeating: 0, count: new.count)
        var touched: [Int] = []
        var candidates: [(score: Double, distance: Int, old: Int, new: Int)] = []
        for oldParagraph in old {
            let oldShingles = shingles(oldTexts[oldParagraph]!)
            for shingle in oldShingles {
                for position in index.paragraphs(containing: shingle) {
                    if shared[position] == 0 { touched.append(position) }
                    shared[position] += 1
                }
            }
            for position in touched {
                let score = 2 * Double(shared[position]) / Double(oldShingles.count + newShingles[position].count)
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

    /// Adjacent token pairs, or the lone token of a one-token paragraph: sorted, each once.
    private static func shingles(_ text: TokenizedText) -> [Int] {
        guard text.count > 1 else { return text.ids }
        var shingles: [Int] = []
        shingles.reserveCapacity(text.count - 1)
        for position in 1..<text.count { shingles.append(text.ids[position - 1] &* 0x200001 &+ text.ids[position]) }
        shingles.sort()
        var unique = 1
        for position in 1..<shingles.count where shingles[position] != shingles[unique - 1] {
            shingles[unique] = shingles[position]
            unique += 1
        }
        shingles.removeLast(shingles.count - unique)
        return shingles
    }
}
