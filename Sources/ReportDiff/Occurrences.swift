/// Pairs items of two lists that have the same key, the n-th of a key in one with the n-th of
/// that key in the other: how tables, sides and columns are matched.
enum Occurrences {
    static func pairs<Key: Hashable>(_ old: [Key], _ new: [Key]) -> [(old: Int, new: Int)] {
        // Most lists are the same in both versions, and then each item pairs with itself.
        if old == new { return old.indices.map { ($0, $0) } }
        var waiting: [Key: [Int]] = [:]
        for (index, key) in new.enumerated().reversed() { waiting[key, default: []].append(index) }
        var pairs: [(old: Int, new: Int)] = []
        for (index, key) in old.enumerated() {
            if let next = waiting[key]?.popLast() { pairs.append((index, next)) }
        }
        return pairs
    }
}
