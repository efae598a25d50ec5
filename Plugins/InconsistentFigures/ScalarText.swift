/// Scalar-level text helpers for the rules, which read every figure's surroundings: with
/// Foundation imported, String's `replacingOccurrences` and `contains` go through NSString on
/// Linux, and `properties.isWhitespace` looks the scalar up in the Unicode tables; both cost more
/// than the words they are asked about.
extension Unicode.Scalar {
    /// Unicode's White_Space property, spelled out: the same answer as `properties.isWhitespace`.
    var isBlank: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

extension Sequence<Unicode.Scalar> {
    /// The scalars without blanks, as a string: "比上年决算数增加" from "比上年决算数 增加".
    var withoutBlanks: String {
        String(String.UnicodeScalarView(filter { !$0.isBlank }))
    }
}

extension ArraySlice<Unicode.Scalar> {
    /// Whether `word` occurs in the slice.
    func containsWord(_ word: [Unicode.Scalar]) -> Bool {
        guard let first = word.first, count >= word.count else { return false }
        return indices.contains { self[$0] == first && self[$0...].starts(with: word) }
    }
}

extension String {
    /// Every occurrence of `word` removed, left to right, as `replacingOccurrences(of:with: "")`
    /// would.
    func removingAll(_ word: String) -> String {
        let pattern = Array(word.unicodeScalars)
        guard let first = pattern.first, hasSubstring(word) else { return self }
        let scalars = Array(unicodeScalars)
        var kept = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == first, scalars[index...].starts(with: pattern) {
                index += pattern.count
            } else {
                kept.append(scalars[index])
                index += 1
            }
        }
        return String(kept)
    }
}
