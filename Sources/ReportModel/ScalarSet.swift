/// A handful of scalars to test membership in. Linear search over a few elements is cheaper
/// than hashing each scalar, and the parser asks this question for every scalar of the text.
struct ScalarSet {
    private let members: [Unicode.Scalar]
    /// One bit per member's low six bits: most scalars asked about are not members, and this
    /// rules them out without a search.
    private let filter: UInt64

    init(_ members: String) {
        self.members = Array(members.unicodeScalars)
        filter = self.members.reduce(0) { $0 | ScalarSet.bit($1) }
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        filter & ScalarSet.bit(scalar) != 0 && members.contains(scalar)
    }

    private static func bit(_ scalar: Unicode.Scalar) -> UInt64 {
        1 << UInt64(scalar.value & 63)
    }
}

extension Collection where Element == Unicode.Scalar {
    /// Whether `word` occurs anywhere in these scalars.
    func contains(word: [Unicode.Scalar]) -> Bool {
        guard let first = word.first else { return true }
        var index = startIndex
        while index != endIndex {
            if self[index] == first, self[index...].starts(with: word) { return true }
            formIndex(after: &index)
        }
        return false
    }
}
