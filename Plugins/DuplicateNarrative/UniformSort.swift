/// Something sorted by a 64-bit key that is uniformly distributed (a hash).
protocol UniformlyKeyed {
    var sortKey: UInt64 { get }
}

extension UInt64: UniformlyKeyed {
    var sortKey: UInt64 { self }
}

extension Array where Element: UniformlyKeyed {
    /// Sorts by key in expected linear time: one counting pass spreads the elements over
    /// about `count` buckets by their top bits, leaving so few per bucket that an insertion
    /// sort finishes the job. Hashes are uniform, so buckets stay small; the standard library's
    /// stable sort cost more than all the hashing and sketching together.
    mutating func sortByUniformKey() {
        guard count > 32 else { return insertionSort() }
        let bits = Swift.min(20, Int.bitWidth - (count - 1).leadingZeroBitCount)
        let shift = UInt64(64 - bits)
        var starts = [Int](repeating: 0, count: (1 << bits) + 1)
        for element in self { starts[Int(element.sortKey >> shift) + 1] += 1 }
        for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
        let source = self
        for element in source {
            let bucket = Int(element.sortKey >> shift)
            self[starts[bucket]] = element
            starts[bucket] += 1
        }
        insertionSort()
    }

    private mutating func insertionSort() {
        guard count > 1 else { return }
        for index in 1..<count {
            let element = self[index]
            var position = index
            while position > 0, self[position - 1].sortKey > element.sortKey {
                self[position] = self[position - 1]
                position -= 1
            }
            self[position] = element
        }
    }
}
