/// A sequence of integers as a dictionary key, hashed once with a cheap multiplicative hash.
/// The standard library's `Hasher` runs SipHash over every element, which made hashing tokens,
/// row keys and whole paragraphs a large share of a diff; equality still compares every element.
struct ScalarKey<Element: BinaryInteger>: Hashable {
    let elements: [Element]
    private let hash: Int

    init(_ elements: [Element]) {
        self.elements = elements
        hash = elements.reduce(elements.count) { $0 &* 31 &+ Int(truncatingIfNeeded: $1) }
    }

    static func == (left: ScalarKey, right: ScalarKey) -> Bool {
        left.hash == right.hash && left.elements == right.elements
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
