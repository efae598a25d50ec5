/// Items joined by matching pairs, grouped transitively (union–find): a sentence matching a
/// second that matches a third makes one group of three.
enum ConnectedGroups {
    /// The groups of the items that occur in `pairs` (each item below `count`), each group in
    /// ascending order, groups ordered by their first item.
    static func groups(_ pairs: [(Int, Int)], count: Int) -> [[Int]] {
        var parent = Array(0..<count)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        for (left, right) in pairs {
            let (a, b) = (root(left), root(right))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        let members = Set(pairs.flatMap { [$0.0, $0.1] }).sorted()
        return Dictionary(grouping: members, by: root).values.sorted { $0[0] < $1[0] }
    }
}
