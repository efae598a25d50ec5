/// A paragraph cut into the tokens the inline diff compares: each number with its unit, each
/// run of Latin letters, and every other character on its own (so each Chinese character is a
/// token). Blanks are not tokens: the extracted text breaks lines and spaces characters
/// arbitrarily, and that is not a change.
struct TokenizedText {
    let scalars: [Unicode.Scalar]
    /// Token identities from the shared `TokenTable`; equal ids mean equal tokens.
    let ids: [Int]
    /// Scalar range of each token in `scalars`.
    let ranges: [Range<Int>]
    /// For number tokens, where the digits end and the unit begins; nil for other tokens.
    let numberEnds: [Int?]
    /// `ids` as a dictionary key, for finding identical paragraphs.
    let key: ScalarKey<Int>

    init(_ text: String, table: inout TokenTable) {
        let scalars = text.scalarArray
        var ids: [Int] = []
        var ranges: [Range<Int>] = []
        var numberEnds: [Int?] = []
        ids.reserveCapacity(scalars.count)
        ranges.reserveCapacity(scalars.count)
        numberEnds.reserveCapacity(scalars.count)
        var numberKey: [UInt32] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isBlank {
                index += 1
                continue
            }
            if let number = NumberToken.read(scalars, at: index, key: &numberKey) {
                ids.append(table.id(ofNumber: numberKey))
                ranges.append(index..<number.end)
                numberEnds.append(number.numberEnd)
                index = number.end
            } else if scalar.isLatinLetter {
                var end = index + 1
                while end < scalars.count, scalars[end].isLatinLetter { end += 1 }
                ids.append(table.id(ofWord: scalars[index..<end]))
                ranges.append(index..<end)
                numberEnds.append(nil)
                index = end
            } else {
                ids.append(Int(scalar.value))
                ranges.append(index..<(index + 1))
                numberEnds.append(nil)
                index += 1
            }
        }
        self.scalars = scalars
        self.ids = ids
        self.ranges = ranges
        self.numberEnds = numberEnds
        key = ScalarKey(ids)
    }

    var count: Int { ids.count }

    /// The text of tokens `range`, with the blanks between them as printed (line breaks as a
    /// space) but none around them.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(3 * (ranges[range.upperBound - 1].upperBound - ranges[range.lowerBound].lowerBound))
        var pendingBlank = false
        for scalar in scalars[ranges[range.lowerBound].lowerBound..<ranges[range.upperBound - 1].upperBound] {
            if scalar.isBlank {
                pendingBlank = true
                continue
            }
            if pendingBlank { bytes.append(0x20) }
            pendingBlank = false
            bytes.appendUTF8(scalar)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether blanks separate token `index` from the one before it.
    func hasBlank(before index: Int) -> Bool {
        index > 0 && index < count && ranges[index - 1].upperBound < ranges[index].lowerBound
    }

    /// Digits and unit of a number token, apart; nil for other tokens.
    func number(_ token: Int) -> (digits: String, unit: String)? {
        guard let end = numberEnds[token], let unit = unit(token) else { return nil }
        return (String(utf8Of: scalars[ranges[token].lowerBound..<end]), String(utf8Of: unit))
    }

    /// The unit of a number token without blanks, nil for other tokens. Compared as scalars
    /// rather than strings: units come from `NumberToken.units`, whose characters have no
    /// canonical equivalents, so the two agree and this needs no string built.
    func unit(_ token: Int) -> LazyFilterSequence<ArraySlice<Unicode.Scalar>>? {
        guard let end = numberEnds[token] else { return nil }
        return scalars[end..<ranges[token].upperBound].lazy.filter { !$0.isBlank }
    }

    /// Clause boundaries: the inline diff's edits are widened to these, not beyond.
    func isClauseBoundary(_ token: Int) -> Bool {
        numberEnds[token] == nil && ranges[token].count == 1 && Self.isClausePunctuation(scalars[ranges[token].lowerBound])
    }

    /// A switch rather than a set: asked of every token around every change.
    private static func isClausePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "。", "；", "：", "！", "？", ",", ";", ":", "!", "?", "、": return true
        default: return false
        }
    }
}

private extension Unicode.Scalar {
    var isLatinLetter: Bool { ("A"..."Z").contains(self) || ("a"..."z").contains(self) }
}
