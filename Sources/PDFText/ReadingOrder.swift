import PDF

/// A page's words in reading order: rows top to bottom, words in a row left to right. A word
/// joins the row whose vertical extent it shares most, if that is at least half of the lower
/// one's height, rather than needing an equal baseline: some producers set a table's values a
/// little above their labels. A row's extent is the mean of its words' extents rather than their
/// union, so a header whose cells are set at staggered heights cannot chain two rows into one.
public enum ReadingOrder {
    static let sameRowOverlap = 0.5
    /// Rows only grow downwards in creation order, so a word need only be tried against the
    /// last few; this keeps a 500-row page linear.
    static let rowsTried = 8

    public static func rows(_ words: [PDFWord]) -> [[PDFWord]] {
        let sorted = words.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
        var bands: [PDFBox] = []
        var sums: [(y0: Double, y1: Double)] = []
        var rows: [[PDFWord]] = []
        for word in sorted {
            let candidates = max(0, bands.count - rowsTried)..<bands.count
            let best = candidates.max { bands[$0].verticalOverlap(with: word.box) < bands[$1].verticalOverlap(with: word.box) }
            if let best, bands[best].verticalOverlap(with: word.box) >= sameRowOverlap {
                rows[best].append(word)
                sums[best].y0 += word.box.y0
                sums[best].y1 += word.box.y1
                let count = Double(rows[best].count)
                bands[best].y0 = sums[best].y0 / count
                bands[best].y1 = sums[best].y1 / count
            } else {
                bands.append(word.box)
                sums.append((word.box.y0, word.box.y1))
                rows.append([word])
            }
        }
        return rows.map { leftToRight($0) }
    }

    /// Some producers draw a word twice at the same place (fake bold); it is one word.
    private static func leftToRight(_ row: [PDFWord]) -> [PDFWord] {
        var kept: [PDFWord] = []
        for word in row.sorted(by: { $0.box.x0 < $1.box.x0 }) {
            if let last = kept.last, last.text == word.text, abs(last.box.x0 - word.box.x0) < 1, abs(last.box.y0 - word.box.y0) < 1 {
                continue
            }
            kept.append(word)
        }
        return kept
    }
}
