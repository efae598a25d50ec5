/// A text's character n-grams, hashed and kept sorted and unique, so that exact Jaccard and
/// containment are one merge of two arrays. Chinese has no spaces, so words cannot be the
/// unit; whitespace is dropped first because line wrapping and page breaks put it anywhere.
public struct Shingles: Hashable, Sendable {
    public let hashes: [UInt64]

    public init(_ text: [Unicode.Scalar], size: Int) {
        var hashes: [UInt64] = []
        Self.forEachHash(of: text[...], size: size) { hashes.append($0) }
        hashes.sortByUniformKey()
        self.hashes = hashes.uniqued()
    }

    public init(_ text: ArraySlice<Unicode.Scalar>, size: Int) {
        self.init(Array(text), size: size)
    }

    public var count: Int { hashes.count }

    /// How many shingles both hold.
    public func intersectionCount(_ other: Shingles) -> Int {
        var shared = 0
        forEachShared(other) { _ in shared += 1 }
        return shared
    }

    /// The shingles both hold, in order.
    func intersection(_ other: Shingles) -> [UInt64] {
        var shared: [UInt64] = []
        forEachShared(other) { shared.append($0) }
        return shared
    }

    /// One merge of the two sorted arrays.
    @inline(__always)
    private func forEachShared(_ other: Shingles, _ body: (UInt64) -> Void) {
        var (left, right) = (0, 0)
        let (a, b) = (hashes, other.hashes)
        while left < a.count, right < b.count {
            if a[left] == b[right] {
                body(a[left])
                left += 1
                right += 1
            } else if a[left] < b[right] {
                left += 1
            } else {
                right += 1
            }
        }
    }

    public func similarity(_ other: Shingles) -> Similarity {
        Similarity(shared: intersectionCount(other), left: count, right: other.count)
    }

    /// The shingles as the k-gram strings themselves, for tools that hash them their own way.
    public static func grams(_ text: [Unicode.Scalar], size: Int) -> [String] {
        let scalars = text.filter { !isSpace($0) }
        guard scalars.count > size else { return scalars.isEmpty ? [] : [String(String.UnicodeScalarView(scalars))] }
        return Array(Set((0...(scalars.count - size)).map { String(String.UnicodeScalarView(scalars[$0..<($0 + size)])) }))
    }

    /// Unicode's white space, by code point: the property lookup costs more than the hashing.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Calls `body` with the hash of each window of `size` scalars of `text` without its
    /// white space (the whole text when shorter), repeats included. A polynomial rolling hash
    /// takes each window in constant time; a SplitMix64 step then mixes every bit, which
    /// MinHash reads.
    @inline(__always)
    static func forEachHash(of text: ArraySlice<Unicode.Scalar>, size: Int, _ body: (UInt64) -> Void) {
        // Texts are usually stripped already; copying only when they are not saves an
        // allocation per paragraph.
        guard text.contains(where: isSpace) else { return forEachWindowHash(of: text, size: size, body) }
        forEachWindowHash(of: text.filter { !isSpace($0) }[...], size: size, body)
    }

    @inline(__always)
    private static func forEachWindowHash(of scalars: ArraySlice<Unicode.Scalar>, size: Int, _ body: (UInt64) -> Void) {
        guard !scalars.isEmpty else { return }
        let width = min(max(1, size), scalars.count)
        let base: UInt64 = 0x0000_0100_0000_01b3
        var leading: UInt64 = 1
        for _ in 1..<width { leading &*= base }
        scalars.withUnsafeBufferPointer { scalars in
            var hash: UInt64 = 0
            for offset in 0..<width { hash = hash &* base &+ UInt64(scalars[offset].value) }
            body(SplitMix.finish(hash))
            for end in width..<scalars.count {
                hash = (hash &- UInt64(scalars[end - width].value) &* leading) &* base &+ UInt64(scalars[end].value)
                body(SplitMix.finish(hash))
            }
        }
    }
}

/// Exact overlap of two shingle sets.
public struct Similarity: Hashable, Sendable {
    public let shared: Int
    public let left: Int
    public let right: Int

    /// |A ∩ B| / |A ∪ B|.
    public var jaccard: Double {
        let union = left + right - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// |A ∩ B| / min(|A|, |B|): how much of the shorter text lies inside the longer.
    public var containment: Double {
        let smaller = min(left, right)
        return smaller == 0 ? 0 : Double(shared) / Double(smaller)
    }
}

enum SplitMix {
    static func finish(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

extension Array where Element: Equatable {
    /// A sorted array without its repeats.
    func uniqued() -> [Element] {
        var result = [Element]()
        result.reserveCapacity(count)
        for element in self where result.last != element {
            result.append(element)
        }
        return result
    }
}
