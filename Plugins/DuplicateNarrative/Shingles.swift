/// A text's character n-grams, hashed and kept sorted and unique, so that exact Jaccard and
/// containment are one merge of two arrays. Chinese has no spaces, so words cannot be the
/// unit; whitespace is dropped first because line wrapping and page breaks put it anywhere.
public struct Shingles: Hashable, Sendable {
    public let hashes: [UInt64]

    public init(_ text: some Sequence<Unicode.Scalar>, size: Int) {
        let scalars = text.filter { !$0.properties.isWhitespace }.map(\.value)
        hashes = Self.hashes(of: scalars, size: max(1, size))
    }

    public var count: Int { hashes.count }

    /// How many shingles both hold.
    public func intersectionCount(_ other: Shingles) -> Int {
        var (left, right, shared) = (0, 0, 0)
        let (a, b) = (hashes, other.hashes)
        while left < a.count, right < b.count {
            if a[left] == b[right] {
                shared += 1
                left += 1
                right += 1
            } else if a[left] < b[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return shared
    }

    public func similarity(_ other: Shingles) -> Similarity {
        Similarity(shared: intersectionCount(other), left: count, right: other.count)
    }

    /// The shingles as the k-gram strings themselves, for tools that hash them their own way.
    public static func grams(_ text: some Sequence<Unicode.Scalar>, size: Int) -> [String] {
        let scalars = Array(text.filter { !$0.properties.isWhitespace })
        guard scalars.count > size else { return scalars.isEmpty ? [] : [String(String.UnicodeScalarView(scalars))] }
        return Array(Set((0...(scalars.count - size)).map { String(String.UnicodeScalarView(scalars[$0..<($0 + size)])) }))
    }

    /// FNV-1a over the scalars of each window, finished with a SplitMix64 step so that the
    /// low bits, which MinHash permutations read, are as well mixed as the high ones.
    private static func hashes(of scalars: [UInt32], size: Int) -> [UInt64] {
        guard !scalars.isEmpty else { return [] }
        let windows = max(1, scalars.count - size + 1)
        var result = [UInt64]()
        result.reserveCapacity(windows)
        for start in 0..<windows {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for scalar in scalars[start..<min(scalars.count, start + size)] {
                hash = (hash ^ UInt64(scalar)) &* 0x0000_0100_0000_01b3
            }
            result.append(SplitMix.finish(hash))
        }
        result.sort()
        return result.uniqued()
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
