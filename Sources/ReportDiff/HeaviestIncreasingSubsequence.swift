/// Of points (x, y) sorted by x, the subset increasing in both with the largest total weight,
/// in O(n log n) with a Fenwick tree of prefix maxima over y.
///
/// Paragraph alignment uses it to decide which matched paragraphs stay in order: the heaviest
/// in-order set keeps the most text in place, and every other match is a move.
enum HeaviestIncreasingSubsequence {
    /// Indices into `points` of the chosen subset, in increasing order. `points` must be sorted
    /// by x with distinct x and distinct y, each y in 0..<yCount.
    static func indices(of points: [(y: Int, weight: Int)], yCount: Int) -> [Int] {
        var tree = Array(repeating: (total: 0, point: -1), count: yCount + 1)
        var previous = Array(repeating: -1, count: points.count)
        var totals = Array(repeating: 0, count: points.count)
        for (index, point) in points.enumerated() {
            let best = prefixMaximum(tree, upTo: point.y)
            previous[index] = best.point
            totals[index] = best.total + point.weight
            var slot = point.y + 1
            while slot <= yCount {
                if tree[slot].total < totals[index] { tree[slot] = (totals[index], index) }
                slot += slot & -slot
            }
        }
        var chosen: [Int] = []
        var cursor = prefixMaximum(tree, upTo: yCount).point
        while cursor >= 0 {
            chosen.append(cursor)
            cursor = previous[cursor]
        }
        return chosen.reversed()
    }

    /// The best (total, point) among y < `bound`.
    private static func prefixMaximum(_ tree: [(total: Int, point: Int)], upTo bound: Int) -> (total: Int, point: Int) {
        var best = (total: 0, point: -1)
        var slot = bound
        while slot > 0 {
            if tree[slot].total > best.total { best = tree[slot] }
            slot -= slot & -slot
        }
        return best
    }
}
