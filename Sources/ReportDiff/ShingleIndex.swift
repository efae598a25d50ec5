/// Which new paragraphs contain each shingle, and which shingles an old paragraph has already
/// looked up: an open-addressing hash table of integers with postings lists.
///
/// Sorting each paragraph's shingles to find the distinct ones, or hashing them into sets and a
/// dictionary of lists, cost more than the comparison of paragraphs they serve.
struct ShingleIndex {
    private var keys: [Int]
    /// First posting of the shingle in the slot, or -1; -2 marks an empty slot.
    private var heads: [Int]
    /// One more than the last old paragraph that looked the shingle up; 0 for none.
    private var readers: [Int]
    private var postedParagraphs: [Int] = []
    private var nextPostings: [Int] = []
    private let mask: Int
    private let shift: UInt64

    /// Room for `count` distinct shingles at most half full.
    init(capacity count: Int) {
        var bits: UInt64 = 4
        while 1 << bits < 2 * count { bits += 1 }
        let size = 1 << Int(bits)
        keys = Array(repeating: 0, count: size)
        heads = Array(repeating: -2, count: size)
        readers = Array(repeating: 0, count: size)
        mask = size - 1
        shift = 64 - bits
    }

    /// Records that new paragraph `paragraph` has `shingle`. Paragraphs must be added in
    /// increasing order. False if the paragraph already had it.
    mutating func insert(_ shingle: Int, paragraph: Int) -> Bool {
        let slot = self.slot(of: shingle)
        let head = heads[slot]
        if head >= 0, postedParagraphs[head] == paragraph { return false }
        postedParagraphs.append(paragraph)
        nextPostings.append(head)
        heads[slot] = postedParagraphs.count - 1
        return true
    }

    /// Calls `body` with each new paragraph that has `shingle`, unless old paragraph `reader`
    /// has looked it up before. False if it had.
    mutating func visit(_ shingle: Int, reader: Int, _ body: (Int) -> Void) -> Bool {
        let slot = self.slot(of: shingle)
        guard readers[slot] != reader + 1 else { return false }
        readers[slot] = reader + 1
        var posting = heads[slot]
        while posting >= 0 {
            body(postedParagraphs[posting])
            posting = nextPostings[posting]
        }
        return true
    }

    /// The slot holding `shingle`, claimed for it if it is not in the table yet.
    private mutating func slot(of shingle: Int) -> Int {
        var slot = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(shingle)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while heads[slot] != -2, keys[slot] != shingle { slot = (slot + 1) & mask }
        if heads[slot] == -2 {
            keys[slot] = shingle
            heads[slot] = -1
        }
        return slot
    }
}
