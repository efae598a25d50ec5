/// Which paragraph of the old report became which of the new, and which of those moved.
///
/// 1. Paragraphs with the same text in the same order: an LCS over the paragraphs' texts (so of
///    repeated copies, each is matched to the copy at the same place in the sequence). Most of
///    a report is matched here, and none of it needs tokenising.
/// 2. The rest is tokenised. Paragraphs with equal tokens (the same text, moved or differently
///    formatted) are matched, each left-over new paragraph to the nearest left-over old one.
/// 3. Edited paragraphs: `SimilarParagraphs` among what is still left.
/// 4. Moves: of all matches, the heaviest set in order in both reports stays; the rest moved.
struct ParagraphAlignment {
    struct Pair {
        let old: Int
        let new: Int
        let identical: Bool
        var moved = false
    }

    private(set) var pairs: [Pair] = []
    private(set) var removed: [Int] = []
    private(set) var added: [Int] = []
    /// The tokens of the paragraphs step 1 left over: all that steps 2 and 3 and the inline
    /// diff of an edited pair read.
    private(set) var oldTokens: [Int: TokenizedText] = [:]
    private(set) var newTokens: [Int: TokenizedText] = [:]

    init(old: [String], new: [String]) {
        pairs = MyersDiff.matches(old, new, equal: { $0.hasSameUTF8(as: $1) }) { DenseIDs.of($0.map(TextKey.init), $1.map(TextKey.init)) }
            .map { Pair(old: $0.old, new: $0.new, identical: true) }
        var table = TokenTable()
        for index in Unpaired.indices(below: old.count, except: pairs.map(\.old)) { oldTokens[index] = TokenizedText(old[index], table: &table) }
        for index in Unpaired.indices(below: new.count, except: pairs.map(\.new)) { newTokens[index] = TokenizedText(new[index], table: &table) }
        pairs += equalTokens()
        let leftOld = Unpaired.indices(below: old.count, except: pairs.map(\.old))
        let leftNew = Unpaired.indices(below: new.count, except: pairs.map(\.new))
        pairs += SimilarParagraphs.pairs(old: leftOld, new: leftNew, oldTexts: oldTokens, newTexts: newTokens)
            .map { Pair(old: $0.old, new: $0.new, identical: false) }
        markMoves(weights: old.map { $0.utf8.count + 1 }, newCount: new.count)
        removed = Unpaired.indices(below: old.count, except: pairs.map(\.old))
        added = Unpaired.indices(below: new.count, except: pairs.map(\.new))
    }

    /// Left-over paragraphs with equal tokens, each new one with the nearest old one.
    private func equalTokens() -> [Pair] {
        let leftOld = oldTokens.keys.sorted()
        let leftNew = newTokens.keys.sorted()
        let (oldPrints, newPrints) = DenseIDs.of(leftOld.map { oldTokens[$0]!.key }, leftNew.map { newTokens[$0]!.key })
        var waiting: [Int: [Int]] = [:]
        for (position, print) in oldPrints.enumerated() { waiting[print, default: []].append(leftOld[position]) }
        var found: [Pair] = []
        for (position, print) in newPrints.enumerated() {
            guard let candidates = waiting[print], !candidates.isEmpty else { continue }
            let index = leftNew[position]
            let nearest = candidates.indices.min { abs(candidates[$0] - index) < abs(candidates[$1] - index) }!
            found.append(Pair(old: candidates[nearest], new: index, identical: true))
            waiting[print]!.remove(at: nearest)
        }
        return found
    }

    private mutating func markMoves(weights: [Int], newCount: Int) {
        pairs.sort { $0.old < $1.old }
        let points = pairs.map { (y: $0.new, weight: weights[$0.old]) }
        let staying = HeaviestIncreasingSubsequence.indices(of: points, yCount: newCount)
        for index in pairs.indices { pairs[index].moved = true }
        for index in staying { pairs[index].moved = false }
    }
}
