/// The items of a list that an alignment left without a partner.
enum Unpaired {
    /// The indices below `count` not among `paired`, in order. Flags rather than a set: the
    /// indices are dense, and hashing each one cost more than the alignment it follows.
    static func indices(below count: Int, except paired: [Int]) -> [Int] {
        var taken = [Bool](repeating: false, count: count)
        for index in paired { taken[index] = true }
        return (0..<count).filter { !taken[$0] }
    }
}
