/// Sorting packed pairs of indices, which are not uniform hashes (`sortByUniformKey` needs
/// those): a season of reports' LSH search sorts tens of millions of them, where the standard
/// library's comparison sort took seconds on one core.
extension Array where Element == UInt64 {
    /// Sorts ascending, as `sort()` does, by least-significant-digit radix sort in 16-bit digits;
    /// a digit that every element shares (the high bits of small indices) costs one counting
    /// pass and no move. Short arrays take the standard sort.
    mutating func radixSort() {
        guard count > Self.radixMinimumCount else { return sort() }
        var scratch = [UInt64](repeating: 0, count: count)
        var counts = [Int](repeating: 0, count: 1 << 16)
        for shift in stride(from: 0, to: 64, by: 16) {
            let key = UInt64(shift)
            counts.withUnsafeMutableBufferPointer { counts in
                counts.update(repeating: 0)
                for element in self { counts[Int(truncatingIfNeeded: element >> key) & 0xffff] += 1 }
            }
            guard !counts.contains(count) else { continue }
            var start = 0
            for digit in counts.indices {
                (counts[digit], start) = (start, start + counts[digit])
            }
            counts.withUnsafeMutableBufferPointer { starts in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    for element in self {
                        let digit = Int(truncatingIfNeeded: element >> key) & 0xffff
                        scratch[starts[digit]] = element
                        starts[digit] += 1
                    }
                }
            }
            swap(&self, &scratch)
        }
    }

    /// Below this the counting passes over 65,536 digits cost more than a comparison sort.
    static let radixMinimumCount = 1 << 16
}
