/// A table's header resolved into logical sides and their value columns. Header cells wrap
/// over several lines in extracted text, so names are found in the header's text with the
/// blanks removed, using the vocabulary of the standard tables.
struct TableHeader {
    struct Side {
        var name: String?
        var columns: [String]
    }

    let sides: [Side]
    /// Whether rows carry a 行次 (row number) between label and values.
    let hasRowNumbers: Bool

    init(_ lines: [SourceLine]) {
        let numbering = lines.lazy.compactMap(ColumnNumbering.init).first
        let text = lines.filter { ColumnNumbering($0) == nil }.map { $0.tokens.map(\.text).joined() }.joined()
        hasRowNumbers = text.contains("行次")
        let names = TableHeader.sideNames(lines.first, text: text)
        let texts = names.count == 2 ? TableHeader.splitSides(text) : [text]
        sides = texts.enumerated().map { index, sideText in
            let count = numbering.flatMap { index < $0.counts.count ? $0.counts[index] : nil }
            let columns = ColumnVocabulary.columns(in: sideText, count: count)
            return Side(name: names.count == 2 ? names[index] : nil, columns: columns)
        }
    }

    /// "收入 支出" or "人员经费 公用经费" above a header that repeats its label columns.
    private static func sideNames(_ first: SourceLine?, text: String) -> [String] {
        guard let tokens = first?.tokens.map(\.text), tokens.count == 2, tokens.allSatisfy({ $0.count >= 2 }) else { return [] }
        let repeated = ["行次", "科目名称"].contains { text.components(separatedBy: $0).count > 2 }
        return repeated ? tokens : []
    }

    /// Cuts the header text where the second side's label columns begin.
    private static func splitSides(_ text: String) -> [String] {
        for anchor in TableVocabulary.sideAnchors.prefix(3) {
            let parts = text.components(separatedBy: anchor)
            if parts.count == 3 { return [parts[0] + anchor + parts[1], anchor + parts[2]] }
        }
        return [text, text]
    }
}

/// Names of value columns in the standard tables, and how grouped headers expand.
enum ColumnVocabulary {
    static var words: [String] { TableVocabulary.current.columnWords }

    /// Headers that span the sub-columns printed under them, starting with 小计.
    static let groups = TableVocabulary.groups
    /// Headers that span the whole table (表7: 预算数 | 决算数).
    static let periods = TableVocabulary.periods

    /// The value columns of one side; falls back to "栏次 n" when the header cannot be read.
    static func columns(in text: String, count: Int?) -> [String] {
        let found = matches(in: text)
        let resolved = expand(found)
        if let count, resolved.count != count {
            return found.count == count ? found : (1...max(count, 1)).map { "栏次\($0)" }
        }
        return resolved
    }

    /// Vocabulary words in order of appearance, longest match first.
    static func matches(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let words = Self.words
        let scalarWords = TableVocabulary.current.columnScalarWords
        var result: [String] = []
        var position = 0
        while position < scalars.count {
            if let index = scalarWords.firstIndex(where: { scalars[position...].starts(with: $0) }) {
                result.append(words[index])
                position += scalarWords[index].count
            } else {
                position += 1
            }
        }
        return result
    }

    /// Replaces each group header by its sub-columns (prefixed "组·"), per period.
    static func expand(_ found: [String]) -> [String] {
        let periodCount = found.prefix(periods.count) == ArraySlice(periods) ? periods.count : 0
        let body = Array(found.dropFirst(periodCount))
        guard let firstSub = body.firstIndex(of: "小计") else { return body }
        let parts = max(periodCount, 1)
        let tops = chunks(Array(body[..<firstSub]), parts)
        let subs = chunks(Array(body[firstSub...]), parts)
        guard tops.count == parts, subs.count == parts else { return body }
        return (0..<parts).flatMap { part -> [String] in
            let prefix = periodCount > 0 ? periods[part] + "·" : ""
            return expandGroups(tops[part], subs[part]).map { prefix + $0 }
        }
    }

    private static func expandGroups(_ tops: [String], _ subs: [String]) -> [String] {
        var queue = subs[...]
        return tops.flatMap { top -> [String] in
            guard groups.contains(top), queue.first == "小计" else { return [top] }
            var taken = [queue.removeFirst()]
            while let next = queue.first, next != "小计" { taken.append(queue.removeFirst()) }
            return taken.map { top + "·" + $0 }
        }
    }

    private static func chunks(_ items: [String], _ parts: Int) -> [[String]] {
        guard parts > 1 else { return [items] }
        guard items.count % parts == 0 else { return [] }
        let size = items.count / parts
        return stride(from: 0, to: items.count, by: size).map { Array(items[$0..<($0 + size)]) }
    }
}
