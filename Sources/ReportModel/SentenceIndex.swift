/// Where the sentences of a paragraph begin, found once per paragraph so that each figure's
/// look-back is a binary search rather than a walk back through the text.
struct SentenceIndex {
    /// Offsets just past each sentence end ("。；！？").
    private let starts: [Int]
    /// Offsets just past each full stop ("。！？"): a date's reach ends only there.
    private let fullStopStarts: [Int]

    init(_ scalars: [Unicode.Scalar]) {
        var starts: [Int] = []
        var fullStopStarts: [Int] = []
        // Read once: a global is checked for initialisation at every access.
        let sentenceEnds = PhraseFinder.sentenceEnds
        let fullStops = PhraseFinder.fullStops
        for (offset, scalar) in scalars.enumerated() where sentenceEnds.contains(scalar) {
            starts.append(offset + 1)
            // Every full stop is a sentence end: only those need the second look.
            if fullStops.contains(scalar) { fullStopStarts.append(offset + 1) }
        }
        self.starts = starts
        self.fullStopStarts = fullStopStarts
    }

    /// Start of the sentence holding the scalar before `offset`.
    func sentenceStart(before offset: Int) -> Int {
        SentenceIndex.last(in: starts, notAfter: offset)
    }

    /// Start of the run since the last full stop before `offset`.
    func fullSentenceStart(before offset: Int) -> Int {
        SentenceIndex.last(in: fullStopStarts, notAfter: offset)
    }

    private static func last(in starts: [Int], notAfter offset: Int) -> Int {
        let count = starts.partitionPoint { $0 <= offset }
        return count == 0 ? 0 : starts[count - 1]
    }
}
