/// A matched sentence pair narrowed to the text the two share: whole sentences when they are
/// near-duplicates, and for a sentence contained in a longer one, the stretch of the longer
/// that holds it.
struct AlignedPair {
    let first: Places.Piece
    let second: Places.Piece

    init(_ pair: ExactPairs.Pair, sentences: [Sentence], settings: Settings) {
        let (a, b) = (sentences[pair.left].text, sentences[pair.right].text)
        var (rangeA, rangeB) = (0..<a.count, 0..<b.count)
        if pair.similarity.jaccard < settings.jaccard, pair.similarity.containment >= settings.containment {
            if a.count > b.count {
                rangeA = ContainedWindow.range(of: b, in: a, size: settings.shingleSize)
            } else {
                rangeB = ContainedWindow.range(of: a, in: b, size: settings.shingleSize)
            }
        }
        first = Places.Piece(sentence: pair.left, range: rangeA)
        second = Places.Piece(sentence: pair.right, range: rangeB)
    }
}
