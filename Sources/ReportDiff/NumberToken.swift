/// Numbers in narrative read as one token with their unit: "20,864.64 万元", "123788\n人",
/// "７２．４２％". Two spellings of the same value and unit are the same token, so a reformatted
/// number ("20,864.64" → "20864.640") is not a change.
enum NumberToken {
    /// Units a number may carry, longest first so that 人次 wins over 人. A magnitude (万, 亿)
    /// may precede any of them or stand alone ("365.9 万").
    static let units: [[Unicode.Scalar]] = [
        "个工作日", "个自然日", "个月", "人次", "台（套）", "平方米", "分钟", "小时", "公里",
        "元", "个", "人", "次", "件", "条", "项", "家", "辆", "台", "套", "种", "宗", "份", "张", "笔",
        "单", "批", "类", "部", "核", "名", "场", "所", "户", "倍", "天", "秒", "周", "起", "栋", "间",
        "年", "月", "日", "%", "％", "GB", "TB", "T",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// `units` by their first character, longest first, so a lookup tries only a few.
    static let unitsByStart: [Unicode.Scalar: [[Unicode.Scalar]]] = Dictionary(grouping: units) { $0[0] }

    static let magnitudes: Set<Unicode.Scalar> = ["万", "亿"]

    /// A number starting at `start`: where its digits end and where its unit ends. `key` is set
    /// to what equal values with equal units share: canonical digits, a 0, the unit's scalars.
    /// Nil when no digit is there.
    static func read(_ scalars: [Unicode.Scalar], at start: Int, key: inout [UInt32]) -> (numberEnd: Int, end: Int)? {
        guard start < scalars.count, digit(scalars[start]) != nil else { return nil }
        key.removeAll(keepingCapacity: true)
        var point: Int?
        var index = start
        while index < scalars.count {
            if let value = digit(scalars[index]) {
                key.append(value.value)
            } else if isPoint(scalars[index]), index + 1 < scalars.count, digit(scalars[index + 1]) != nil {
                guard point == nil else { break }
                point = key.count
                key.append(0x2E)
            } else if isGroupSeparator(scalars, at: index), point == nil {
                // Skipped: "20,864.64" and "20864.64" are the same number.
            } else {
                break
            }
            index += 1
        }
        canonicalize(&key, point: point)
        key.append(0)
        let unit = readUnit(scalars, after: index)
        for scalar in scalars[unit.start..<unit.end] { key.append(scalar == "％" ? 0x25 : scalar.value) }
        return (index, unit.end)
    }

    /// Drops leading zeros and, after a point, trailing zeros (and a bare point): the same
    /// digits for the same decimal value.
    static func canonicalize(_ digits: inout [UInt32], point: Int?) {
        if point != nil {
            while digits.last == 0x30 { digits.removeLast() }
            if digits.last == 0x2E { digits.removeLast() }
        }
        var leading = 0
        while leading < digits.count - 1, digits[leading] == 0x30, digits[leading + 1] != 0x2E { leading += 1 }
        digits.removeFirst(leading)
    }

    /// The unit after a number, blanks (line breaks included) allowed between them.
    private static func readUnit(_ scalars: [Unicode.Scalar], after numberEnd: Int) -> (start: Int, end: Int) {
        var cursor = numberEnd
        while cursor < scalars.count, scalars[cursor].isBlank { cursor += 1 }
        let start = cursor
        if cursor < scalars.count, magnitudes.contains(scalars[cursor]) { cursor += 1 }
        if cursor < scalars.count, let word = unitsByStart[scalars[cursor]]?.first(where: { matches($0, scalars, at: cursor) }) {
            cursor += word.count
        }
        return cursor == start ? (numberEnd, numberEnd) : (start, cursor)
    }

    private static func matches(_ word: [Unicode.Scalar], _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        index + word.count <= scalars.count && scalars[index..<(index + word.count)].elementsEqual(word)
    }

    /// The ASCII digit for an ASCII or full-width digit.
    static func digit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x30...0x39: return scalar
        case 0xFF10...0xFF19: return Unicode.Scalar(scalar.value - 0xFF10 + 0x30)
        default: return nil
        }
    }

    /// A thousands separator: a comma followed by exactly three digits. A comma before other
    /// digit counts ("5，6 个") separates clauses instead.
    private static func isGroupSeparator(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard scalars[index] == "," || scalars[index] == "，" else { return false }
        let group = (index + 1)...(index + 3)
        guard group.upperBound < scalars.count, group.allSatisfy({ digit(scalars[$0]) != nil }) else { return false }
        return group.upperBound + 1 >= scalars.count || digit(scalars[group.upperBound + 1]) == nil
    }

    private static func isPoint(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "．" }
}
