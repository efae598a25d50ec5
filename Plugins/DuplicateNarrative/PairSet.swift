/// A set of item pairs packed into 64-bit keys, with open addressing and a multiplicative
/// hash: LSH reports the same pair once per shared band, and the standard Set's SipHash
/// was the largest cost of the search.
struct PairSet {
    private var slots: [UInt64]
    private(set) var count = 0

    init(capacity: Int = 1024) {
        slots = Array(repeating: 0, count: Self.size(for: capacity))
    }

    /// Inserts the pair (first, second), first < second, so the packed key is never zero.
    mutating func insert(_ first: UInt32, _ second: UInt32) {
        if (count + 1) * 2 > slots.count { grow() }
        if place(UInt64(first) << 32 | UInt64(second)) { count += 1 }
    }

    mutating func formUnion(_ other: PairSet) {
        for key in other.slots where key != 0 {
            if (count + 1) * 2 > slots.count { grow() }
            if place(key) { count += 1 }
        }
    }

    /// The pairs ordered by (first, second): the order of their packed keys, which sort as
    /// plain integers, by radix.
    var sortedPairs: [CandidatePair] {
        var keys = slots.filter { $0 != 0 }
        keys.radixSort()
        return keys.map { CandidatePair(Int($0 >> 32), Int($0 & 0xffff_ffff)) }
    }

    /// Puts `key` in its slot; false when it was there already.
    private mutating func place(_ key: UInt64) -> Bool {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 32) & mask
        while slots[slot] != 0 {
            if slots[slot] == key { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = key
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        for key in old where key != 0 { _ = place(key) }
    }

    private static func size(for capacity: Int) -> Int {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        return size
    }
}
