import Foundation
import ReportModel

/// "W，其中 a、b、c": the parts listed after 其中 never exceed the whole W, and equal it when the
/// list closes with 剩余/其余 (the rest). Read conservatively, because a false alarm costs
/// more than a missed list: W is the number just before 其中; a part is a number in W's unit
/// that is not a comparison (比上年增加 …); the list ends at the sentence's end, at the bracket
/// that opened before 其中, or at the first item without such a number; a list with an item
/// holding two parts is not read at all.
enum EnumerationIdentities {
    private static let marker = try! NSRegularExpression(pattern: #"其中[：:，,]?"#)
    private static let comparisonWords = ["比", "较", "增", "减", "完成", "预算", "节约", "下降", "占"]
    private static let closingWords = ["剩余", "其余"]
    private static let countUnits: Set<String> = ["个", "家", "宗", "件", "次", "人", "条", "张", "项", "台", "辆", "起"]

    static func identities(_ narrative: Narrative) -> [any Identity] {
        narrative.paragraphs.flatMap { paragraph in
            paragraph.matches(marker).compactMap { identity(paragraph, at: $0.range) }
        }
    }

    private static func identity(_ paragraph: NarrativeParagraph, at marker: NSRange) -> (any Identity)? {
        guard let whole = whole(paragraph, before: marker.location), let unit = whole.unit, unit != "%" else { return nil }
        let between = paragraph.substring(NSRange(location: whole.end, length: marker.location - whole.end))
        let listEnd = end(of: paragraph, from: marker.location + marker.length, bracketOpen: between.contains("（") && !between.contains("）"))
        guard let items = items(paragraph, from: marker.location + marker.length, to: listEnd, unit: unit), !items.isEmpty else { return nil }
        let parts = items.map(\.part)
        let rounded = !(countUnits.contains(unit) && (parts + [whole.term]).allSatisfy { $0.amount.decimals == 0 })
        let place = "\(whole.term.id) 其中"
        if items.contains(where: \.closes) {
            return SumIdentity(rule: .enumeration, place: place, stated: [whole.term], parts: parts, rounded: rounded)
        }
        return BoundIdentity(rule: .enumeration, place: place, whole: whole.term, parts: parts, rounded: rounded)
    }

    /// The number just before 其中: nothing but words without digits (and no full stop unless
    /// it directly precedes 其中) may stand between.
    private static func whole(_ paragraph: NarrativeParagraph, before location: Int) -> NumberToken? {
        guard let token = paragraph.numbers.last(where: { $0.end <= location }) else { return nil }
        let between = paragraph.substring(NSRange(location: token.end, length: location - token.end))
        let onlyPunctuation = between.allSatisfy { $0.isWhitespace || "。，,（(".contains($0) }
        return onlyPunctuation || !between.contains("。") ? token : nil
    }

    private static func end(of paragraph: NarrativeParagraph, from start: Int, bracketOpen: Bool) -> Int {
        let rest = paragraph.substring(NSRange(location: start, length: paragraph.fullRange.length - start))
        let stops: Set<Character> = bracketOpen ? ["。", "）"] : ["。"]
        guard let index = rest.firstIndex(where: stops.contains) else { return paragraph.fullRange.length }
        return start + rest[..<index].utf16.count
    }

    private struct Item {
        var part: Term
        var closes: Bool
    }

    /// The list's items, or nil when an item holds more than one part.
    private static func items(_ paragraph: NarrativeParagraph, from start: Int, to end: Int, unit: String) -> [Item]? {
        var pieces = split(paragraph, from: start, to: end, by: "；;")
        // The list's own numbers first, by position alone: a paragraph may hold thousands.
        let listed = paragraph.numbers.filter { $0.range.location >= start && $0.range.location < end && isPart($0, unit: unit) }
        let parts = { (range: NSRange) in listed.filter { NSLocationInRange($0.range.location, range) } }
        if pieces.contains(where: { parts($0).count > 1 }) {
            pieces = pieces.flatMap { split(paragraph, from: $0.location, to: $0.location + $0.length, by: "，,、") }
        }
        var items: [Item] = []
        for piece in pieces {
            let found = parts(piece)
            if found.count > 1 { return nil }
            guard let token = found.first else { break }
            let text = paragraph.substring(piece).trimmingCharacters(in: .whitespaces)
            var part = token.term
            part.label = name(of: text)
            items.append(Item(part: part, closes: closingWords.contains { text.hasPrefix($0) }))
        }
        return items
    }

    /// What an item lists, for the statement: "法人库总计初始化库表" from "法人库总计初始化库表 27 张，…".
    private static func name(of item: String) -> String {
        let words = item.prefix { !($0.isASCII && $0.isNumber) }.filter { !$0.isWhitespace }
        let name = words.hasPrefix("其中") ? String(words.dropFirst(2)) : String(words)
        return String(name.prefix(12))
    }

    private static func isPart(_ token: NumberToken, unit: String) -> Bool {
        token.unit == unit && !comparisonWords.contains { token.phrase.contains($0) }
    }

    private static func split(_ paragraph: NarrativeParagraph, from start: Int, to end: Int, by separators: String) -> [NSRange] {
        let text = paragraph.substring(NSRange(location: start, length: end - start))
        var ranges: [NSRange] = []
        var pieceStart = start
        var offset = start
        for character in text {
            let length = character.utf16.count
            if separators.contains(character) {
                ranges.append(NSRange(location: pieceStart, length: offset - pieceStart))
                pieceStart = offset + length
            }
            offset += length
        }
        ranges.append(NSRange(location: pieceStart, length: end - pieceStart))
        return ranges
    }
}
