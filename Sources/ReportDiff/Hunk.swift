/// A run of tokens that differs between two paragraphs: `old` tokens replaced by `new` ones
/// (either may be empty). Between two hunks the tokens are equal and equally many.
struct Hunk: Equatable {
    var old: Range<Int>
    var new: Range<Int>

    /// The larger side: how much this hunk changes.
    var size: Int { max(old.count, new.count) }

    /// The hunks between the matched token pairs of an LCS.
    static func between(_ matches: [(old: Int, new: Int)], oldCount: Int, newCount: Int) -> [Hunk] {
        var hunks: [Hunk] = []
        var oldCursor = 0
        var newCursor = 0
        for match in matches + [(oldCount, newCount)] {
            if match.old > oldCursor || match.new > newCursor {
                hunks.append(Hunk(old: oldCursor..<match.old, new: newCursor..<match.new))
            }
            oldCursor = match.old + 1
            newCursor = match.new + 1
        }
        return hunks
    }

    /// This hunk extended over the equal tokens up to and including `other`.
    func merged(with other: Hunk) -> Hunk {
        Hunk(old: old.lowerBound..<other.old.upperBound, new: new.lowerBound..<other.new.upperBound)
    }
}
