/// The longest common subsequence of two integer sequences, by Myers' O((N+M)·D) algorithm in
/// its linear-space form (divide and conquer on the middle snake).
///
/// There is no cut-off: the answer is always a true LCS, however different the inputs. Memory is
/// two vectors of N+M entries; time is bounded by the inputs' lengths times their distance.
enum MyersDiff {
    /// Index pairs (old, new) of the common subsequence, increasing in both.
    static func matches(_ old: [Int], _ new: [Int]) -> [(old: Int, new: Int)] {
        var search = Search(old: old, new: new)
        search.solve(0, old.count, 0, new.count)
        return search.result
    }

    /// The same matches as `matches` over the items' ids, with the ids given only to the items
    /// between the common start and end, which are found by comparing items directly. The search
    /// trims those ends first in any case, and two versions of a report mostly are those ends.
    static func matches<Item>(_ old: [Item], _ new: [Item], equal: (Item, Item) -> Bool,
                              ids: (ArraySlice<Item>, ArraySlice<Item>) -> ([Int], [Int])) -> [(old: Int, new: Int)] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, equal(old[prefix], new[prefix]) { prefix += 1 }
        var suffix = 0
        while prefix + suffix < old.count, prefix + suffix < new.count,
              equal(old[old.count - 1 - suffix], new[new.count - 1 - suffix]) { suffix += 1 }
        let (oldIDs, newIDs) = ids(old[prefix..<(old.count - suffix)], new[prefix..<(new.count - suffix)])
        var result = (0..<prefix).map { (old: $0, new: $0) }
        result += matches(oldIDs, newIDs).map { (old: $0.old + prefix, new: $0.new + prefix) }
        result += (0..<suffix).map { (old: old.count - suffix + $0, new: new.count - suffix + $0) }
        return result
    }

    private struct Search {
        let old: [Int]
        let new: [Int]
        var forward: [Int]
        var backward: [Int]
        var result: [(old: Int, new: Int)] = []

        init(old: [Int], new: [Int]) {
            self.old = old
            self.new = new
            let size = old.count + new.count + 4
            forward = Array(repeating: 0, count: 2 * size)
            backward = Array(repeating: 0, count: 2 * size)
        }

        /// Appends the matches of old[oldLow..<oldHigh] against new[newLow..<newHigh], in order.
        mutating func solve(_ oldLow: Int, _ oldHigh: Int, _ newLow: Int, _ newHigh: Int) {
            var (oldLow, oldHigh, newLow, newHigh) = (oldLow, oldHigh, newLow, newHigh)
            var prefix: [(old: Int, new: Int)] = []
            while oldLow < oldHigh, newLow < newHigh, old[oldLow] == new[newLow] {
                prefix.append((oldLow, newLow))
                oldLow += 1
                newLow += 1
            }
            var suffixCount = 0
            while oldHigh > oldLow, newHigh > newLow, old[oldHigh - 1] == new[newHigh - 1] {
                oldHigh -= 1
                newHigh -= 1
                suffixCount += 1
            }
            result += prefix
            if oldLow < oldHigh, newLow < newHigh {
                let snake = middleSnake(oldLow, oldHigh, newLow, newHigh)
                solve(oldLow, snake.x, newLow, snake.y)
                for step in 0..<(snake.u - snake.x) { result.append((snake.x + step, snake.y + step)) }
                solve(snake.u, oldHigh, snake.v, newHigh)
            }
            for step in 0..<suffixCount { result.append((oldHigh + step, newHigh + step)) }
        }

        /// The middle snake of an optimal path, in absolute coordinates: (x, y) to (u, v).
        /// Both ends of the range differ (the caller trims common affixes), so the distance
        /// is at least 2 (or one side is empty, which the caller excludes) and each half of
        /// the split is strictly smaller.
        private mutating func middleSnake(_ oldLow: Int, _ oldHigh: Int, _ newLow: Int, _ newHigh: Int) -> (x: Int, y: Int, u: Int, v: Int) {
            let n = oldHigh - oldLow
            let m = newHigh - newLow
            let delta = n - m
            let odd = delta & 1 != 0
            let limit = (n + m + 1) / 2
            let offset = limit + 1
            forward[offset + 1] = 0
            backward[offset + 1] = 0
            for d in 0...limit {
                for k in stride(from: -d, through: d, by: 2) {
                    var x = (k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1]))
                        ? forward[offset + k + 1] : forward[offset + k - 1] + 1
                    var y = x - k
                    let (startX, startY) = (x, y)
                    while x < n, y < m, old[oldLow + x] == new[newLow + y] {
                        x += 1
                        y += 1
                    }
                    forward[offset + k] = x
                    let reverseK = delta - k
                    if odd, reverseK >= -(d - 1), reverseK <= d - 1, x + backward[offset + reverseK] >= n {
                        return (oldLow + startX, newLow + startY, oldLow + x, newLow + y)
                    }
                }
                for k in stride(from: -d, through: d, by: 2) {
                    var x = (k == -d || (k != d && backward[offset + k - 1] < backward[offset + k + 1]))
                        ? backward[offset + k + 1] : backward[offset + k - 1] + 1
                    var y = x - k
                    let (startX, startY) = (x, y)
                    while x < n, y < m, old[oldHigh - 1 - x] == new[newHigh - 1 - y] {
                        x += 1
                        y += 1
                    }
                    backward[offset + k] = x
                    let forwardK = delta - k
                    if !odd, forwardK >= -d, forwardK <= d, x + forward[offset + forwardK] >= n {
                        return (oldHigh - x, newHigh - y, oldHigh - startX, newHigh - startY)
                    }
                }
            }
            preconditionFailure("Myers search ended without overlap")
        }
    }
}
