/// The numbering that opens a heading or list item: 第一部分, 一、, （一）, 1., （1）, ①.
struct HeadingMarker: Equatable {
    /// 1 (第…部分) to 6 (①).
    let level: Int
    /// The marker as printed, punctuation included.
    let text: String
    /// Scalars the marker takes, plus any blanks or colon after it.
    let length: Int

    private static let chineseNumerals = ScalarSet("一二三四五六七八九十百零〇")
    private static let circled: ClosedRange<UInt32> = 0x2460...0x2473

    /// The marker at the start of `scalars`, if any.
    static func at(_ scalars: ArraySlice<Unicode.Scalar>) -> HeadingMarker? {
        guard let first = scalars.first, mayOpenMarker(first) else { return nil }
        // Markers are short: the first few scalars suffice, read in place through a pointer
        // counted from zero rather than copied out.
        return scalars.prefix(16).withUnsafeBufferPointer { s in
            if let part = part(s) { return part }
            if chineseNumerals.contains(first) {
                let numerals = s.prefix { chineseNumerals.contains($0) }.count
                if numerals < s.count, s[numerals] == "、" { return make(level: 2, s, numerals + 1) }
                return nil
            }
            if first == "（" || first == "(" { return parenthesised(s) }
            if circled.contains(first.value) { return make(level: 6, s, 1) }
            return arabic(s)
        }
    }

    /// Most lines start with ordinary text: rule them out before copying anything.
    private static func mayOpenMarker(_ first: Unicode.Scalar) -> Bool {
        first == "第" || first == "（" || first == "(" || chineseNumerals.contains(first)
            || circled.contains(first.value) || ("0"..."9").contains(first)
    }

    private static func part(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> HeadingMarker? {
        guard s.first == "第" else { return nil }
        let numerals = s.dropFirst().prefix { chineseNumerals.contains($0) }.count
        let end = 1 + numerals
        guard numerals > 0, end + 1 < s.count, s[end] == "部", s[end + 1] == "分" else { return nil }
        return make(level: 1, s, end + 2)
    }

    private static func parenthesised(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> HeadingMarker? {
        let inner = s.dropFirst().prefix { chineseNumerals.contains($0) || ("0"..."9").contains($0) }
        let close = 1 + inner.count
        guard !inner.isEmpty, close < s.count, s[close] == "）" || s[close] == ")" else { return nil }
        let level = chineseNumerals.contains(inner.first!) ? 3 : 5
        return make(level: level, s, close + 1)
    }

    /// "1." or "1、" but not "1.5" (a decimal) nor "2021 年" (a year).
    private static func arabic(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> HeadingMarker? {
        let digits = s.prefix { ("0"..."9").contains($0) }.count
        guard digits <= 2, digits < s.count, ".．、".unicodeScalars.contains(s[digits]) else { return nil }
        if digits + 1 < s.count, ("0"..."9").contains(s[digits + 1]) { return nil }
        return make(level: 4, s, digits + 1)
    }

    private static func make(level: Int, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ end: Int) -> HeadingMarker {
        var length = end
        while length < s.count, s[length].isBlank || s[length] == "：" || s[length] == ":" { length += 1 }
        return HeadingMarker(level: level, text: String(scalars: s[0..<end]), length: length)
    }
}
