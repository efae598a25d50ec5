/// Dates and periods in narrative: "截至 2021 年 11 月 26 日", "2021 年度", "5 月 30 日".
/// Their digits are not figures; they qualify the figures that follow them.
struct TimeExpression {
    /// Scalar offsets in the paragraph text.
    let range: Range<Int>
    /// Blanks removed: "截至2021年11月26日".
    let text: String
    /// A year in brackets names something ("优化提升（2020 年）项目"): its digits are not a
    /// figure, but it dates nothing either.
    var isPartOfName = false

    static func all(in scalars: [Unicode.Scalar]) -> [TimeExpression] {
        var result: [TimeExpression] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "截" || (("0"..."9").contains(scalar) && !continuesNumber(at: index, scalars)),
               var found = read(at: index, scalars), found.range.upperBound > index {
                found.isPartOfName = isBracketed(found.range, scalars)
                result.append(found)
                index = found.range.upperBound
            } else {
                index += 1
            }
        }
        return result
    }

    /// A digit inside a number ("2021" at its "0"): `read` refuses it, so it is not asked.
    private static func continuesNumber(at index: Int, _ s: [Unicode.Scalar]) -> Bool {
        index > 0 && (("0"..."9").contains(s[index - 1]) || s[index - 1] == ".")
    }

    /// Longest first, so that 截止到 wins over 截止.
    private static let prefixes: [[Unicode.Scalar]] = ["截止到", "截至到", "截至", "截止"].map { Array($0.unicodeScalars) }
    private static let currently: [Unicode.Scalar] = Array("目前".unicodeScalars)
    private static let dateUnits: [(Unicode.Scalar, Int)] = [("年", 4), ("月", 2), ("日", 2)]

    private static func read(at start: Int, _ s: [Unicode.Scalar]) -> TimeExpression? {
        var cursor = start
        if let prefix = prefixes.first(where: { matches($0, at: cursor, s) }) {
            cursor += prefix.count
        }
        if cursor > start, matches(currently, at: skipBlanks(cursor, s), s) {
            let end = skipBlanks(cursor, s) + 2
            return TimeExpression(range: start..<end, text: String(scalars: s[start..<end].filter { !$0.isBlank }))
        }
        var parts = 0
        for (unit, maxDigits) in dateUnits {
            var probe = skipBlanks(cursor, s)
            let digitStart = probe
            while probe < s.count, ("0"..."9").contains(s[probe]) { probe += 1 }
            let digits = probe - digitStart
            guard digits > 0, digits <= maxDigits, unit != "年" || digits == 4 else { continue }
            if digitStart > 0, ("0"..."9").contains(s[digitStart - 1]) || s[digitStart - 1] == "." { return nil }
            probe = skipBlanks(probe, s)
            guard probe < s.count, s[probe] == unit else { continue }
            cursor = probe + 1
            if unit == "年", cursor < s.count, s[cursor] == "度" { cursor += 1 }
            if unit == "月", cursor < s.count, s[cursor] == "份" { cursor += 1 }
            parts += 1
        }
        guard parts > 0 else { return nil }
        let text = String(scalars: s[start..<cursor].filter { !$0.isBlank })
        return TimeExpression(range: start..<cursor, text: text)
    }

    private static func isBracketed(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        var before = range.lowerBound - 1
        while before >= 0, s[before].isBlank { before -= 1 }
        var after = range.upperBound
        while after < s.count, s[after].isBlank { after += 1 }
        return before >= 0 && after < s.count && (s[before] == "（" || s[before] == "(") && (s[after] == "）" || s[after] == ")")
    }

    private static func matches(_ word: [Unicode.Scalar], at index: Int, _ s: [Unicode.Scalar]) -> Bool {
        index + word.count <= s.count && s[index..<(index + word.count)].elementsEqual(word)
    }

    private static func skipBlanks(_ index: Int, _ s: [Unicode.Scalar]) -> Int {
        var i = index
        while i < s.count, s[i].isBlank { i += 1 }
        return i
    }
}

/// A paragraph's dates in text order, searched by position.
struct TimeExpressions {
    private let items: [TimeExpression]

    init(_ items: [TimeExpression]) {
        self.items = items
    }

    /// The date whose text holds `offset`.
    func containing(_ offset: Int) -> TimeExpression? {
        let count = items.partitionPoint { $0.range.lowerBound <= offset }
        guard count > 0, items[count - 1].range.contains(offset) else { return nil }
        return items[count - 1]
    }

    /// Dates that share scalars with `range`.
    func overlapping(_ range: Range<Int>) -> ArraySlice<TimeExpression> {
        let first = items.partitionPoint { $0.range.upperBound <= range.lowerBound }
        let end = items.partitionPoint { $0.range.lowerBound < range.upperBound }
        return first < end ? items[first..<end] : []
    }

    /// The last date that ends by `offset` and starts at or after `start`, names aside.
    func date(before offset: Int, notBefore start: Int) -> TimeExpression? {
        var index = items.partitionPoint { $0.range.upperBound <= offset } - 1
        while index >= 0, items[index].range.lowerBound >= start {
            if !items[index].isPartOfName { return items[index] }
            index -= 1
        }
        return nil
    }
}
