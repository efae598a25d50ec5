/// Gives every distinct token of both reports an integer, so that comparing tokens and hashing
/// paragraphs is integer work. A single character is its own scalar value; numbers (keyed by
/// value and unit) and Latin words get integers above the Unicode range.
struct TokenTable {
    private var ids: [String: Int] = [:]

    /// Numbers and words are keyed apart, so the word "GB" and a number with unit GB never meet.
    mutating func id(ofNumber key: String) -> Int { id("#" + key) }

    mutating func id(ofWord word: String) -> Int { id("w" + word) }

    private mutating func id(_ key: String) -> Int {
        if let id = ids[key] { return id }
        let id = 0x110000 + ids.count
        ids[key] = id
        return id
    }
}
