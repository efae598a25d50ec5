/// Which paragraph of the old report became which of the new, and which of those moved.
///
/// 1. Identical paragraphs in the same order: an LCS over paragraph fingerprints (so of repeated
///    copies, each is matched to the copy at the same place in the sequence).
/// 2. Identical paragraphs out of that order: each left-over new paragraph takes the nearest
///    left-over old one with the same fingerprint.
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

    init(old: [TokenizedText], new: [TokenizedText]) {
        let (oldPrints, newPrints) = Self.fingerprints(old, new)
        pairs = MyersDiff.matches(oldPrints, newPrints).map { Pair(old: $0.old, new: $0.new, identical: true) }
        pairs += Self.displacedCopies(oldPrints, newPrints, excluding: pairs)
        let leftOld = Self.unmatched(old.count, pairs.map(\.old))
        let leftNew = Self.unmatched(new.count, pairs.map(\.new))
        pairs += SimilarParagraphs.pairs(old: leftOld, new: leftNew, oldTexts: old, newTexts: new)
            .map { Pair(old: $0.old, new: $0.new, identical: false) }
        markMoves(weights: old.map { $0.count + 1 }, newCount: new.count)
        removed = Self.unmatched(old.count, pairs.map(\.old))
        added = Self.unmatched(new.count, pairs.map(\.new))
    }

    /// One integer per paragraph, equal exactly for paragraphs with equal tokens.
    private static func fingerprints(_ old: [TokenizedText], _ new: [TokenizedText]) -> ([Int], [Int]) {
        var known: [[Int]: Int] = [:]
        func fingerprint(_ text: TokenizedText) -> Int {
            if let id = known[text.ids] { return id }
            known[text.ids] = known.count
            return known.count - 1
        }
        return (old.map(fingerprint), new.map(fingerprint))
    }

    private static func displacedCopies(_ oldPrints: [Int], _ newPrints: [Int], excluding pairs: [Pair]) -> [Pair] {
        var waiting: [Int: [Int]] = [:]
        for index in unmatched(oldPrints.count, pairs.map(\.old)) { waiting[oldPrints[index], default: []].append(index) }
        var found: [Pair] = []
        for index in unmatched(newPrints.count, pairs.map(\.new)) {
            guard let candidates = waiting[newPrints[index]], !candidates.isEmpty else { continue }
            let nearest = candidates.indices.min { abs(candidates[$0] - index) < abs(candidates[$1] - index) }!
            found.append(Pair(old: candidates[nearest], new: index, identical: true))
            waiting[newPrints[index]]!.remove(at: nearest)
        }
        return found
    }

    private mutating func markMoves(weights: [Int], newCount: Int) {
        pairs.sort { $0.old < $1.old }
        let points = pairs.map { (y: $0.new, weight: weights[$0.old]) }
        let staying = HeaviestIncreasingSubsequence.indices(of: points, yCount: newCount)
        for index in pairs.indices { pairs[index].moved = !staying.contains(index) }
    }

    private static func unmatched(_ count: Int, _ matched: [Int]) -> [Int] {
        let taken = Set(matched)
        return (0..<count).filter { !taken.contains($0) }
    }
}
