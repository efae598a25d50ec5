/// One integer per item of two lists, equal exactly for equal items: what an LCS compares.
enum DenseIDs {
    static func of<Items: Collection>(_ old: Items, _ new: Items) -> ([Int], [Int]) where Items.Element: Hashable {
        var known: [Items.Element: Int] = [:]
        known.reserveCapacity(old.count + new.count)
        func id(_ item: Items.Element) -> Int {
            if let id = known[item] { return id }
            known[item] = known.count
            return known.count - 1
        }
        return (old.map(id), new.map(id))
    }
}
