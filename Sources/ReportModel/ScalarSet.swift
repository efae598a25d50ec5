/// A handful of scalars to test membership in. Linear search over a few elements is cheaper
/// than hashing each scalar, and the parser asks this question for every scalar of the text.
struct ScalarSet {
    private let members: [Unicode.Scalar]

    init(_ members: String) {
        self.members = Array(members.unicodeScalars)
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        members.contains(scalar)
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
