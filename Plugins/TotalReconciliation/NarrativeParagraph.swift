import Foundation
import ReportModel

/// One paragraph of the narrative with every number in it turned into a term. A term's id is
/// the paragraph's place plus the words before the number ("情况说明 / （一）年度收入总体情况 /
/// ¶1 / 一般公共预算财政拨款收入"), so every pattern that reads the same number gets the same
/// term, and the id does not change when other parts of the report move.
struct NarrativeParagraph {
    let paragraph: Paragraph
    let place: String
    let text: String
    /// Terms by the UTF-16 offset where their number starts, for `NSRegularExpression` matches.
    private var termsByOffset: [Int: Term] = [:]
    /// Every number with its unit, in text order.
    private(set) var numbers: [NumberToken] = []
    /// Scalar offset of each UTF-16 offset at which a scalar starts.
    private let scalarOffsets: [Int: Int]

    static let number = #"([0-9][0-9,]*(?:\.[0-9]+)?)"#
    private static let numberPattern = try! NSRegularExpression(pattern: number + #"\s*(万元|亿元|%|万条|万次|万件|万人|[个家宗件次人条张项台辆起])?"#)
    private static let phraseBoundaries = Set("，。；：:;,、（）()“”\n")

    init(_ paragraph: Paragraph, place: String) {
        self.paragraph = paragraph
        self.place = place
        text = paragraph.text
        scalarOffsets = Self.scalarOffsets(text)
        numbers = tokens()
        termsByOffset = Dictionary(uniqueKeysWithValues: numbers.map { ($0.range.location, $0.term) })
    }

    var fullRange: NSRange { NSRange(text.startIndex..., in: text) }

    func matches(_ regex: NSRegularExpression) -> [NSTextCheckingResult] {
        regex.matches(in: text, range: fullRange)
    }

    func substring(_ range: NSRange) -> String {
        guard range.location != NSNotFound, let bounds = Range(range, in: text) else { return "" }
        return String(text[bounds])
    }

    /// The term whose number a capture group matched.
    func term(_ range: NSRange) -> Term? {
        range.location == NSNotFound ? nil : termsByOffset[range.location]
    }

    func span(_ range: NSRange) -> SourceSpan {
        let start = scalarOffsets[range.location] ?? 0
        let end = scalarOffsets[range.location + range.length] ?? start + 1
        return paragraph.span(ofScalarRange: start..<max(end, start + 1))
    }

    private func tokens() -> [NumberToken] {
        var seen: [String: Int] = [:]
        var tokens: [NumberToken] = []
        var previousEnd = 0
        for match in matches(Self.numberPattern) {
            let numberRange = match.range(at: 1)
            guard let amount = Self.amount(substring(numberRange)) else { continue }
            let phrase = self.phrase(from: previousEnd, to: numberRange.location)
            previousEnd = match.range.location + match.range.length
            seen[phrase, default: 0] += 1
            let label = phrase.isEmpty ? substring(match.range) : phrase
            let id = "\(place) / \(label)" + (seen[phrase]! > 1 ? " #\(seen[phrase]!)" : "")
            let term = Term(id: id, label: label, amount: amount, span: span(match.range))
            let unit = match.range(at: 2).location == NSNotFound ? nil : substring(match.range(at: 2))
            tokens.append(NumberToken(range: numberRange, end: previousEnd, unit: unit, phrase: phrase, term: term))
        }
        return tokens
    }

    /// The words between the previous number (or clause boundary) and this one, list markers
    /// and blanks removed: "1.一般公共预算财政拨款收入 " → "一般公共预算财政拨款收入".
    private func phrase(from start: Int, to end: Int) -> String {
        let before = substring(NSRange(location: start, length: max(0, end - start)))
        let clause = before.split(omittingEmptySubsequences: false) { Self.phraseBoundaries.contains($0) }.last.map(String.init) ?? before
        let words = clause.filter { !$0.isWhitespace }
        return String(words.drop { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "．" })
    }

    /// "20,864.64" → 20864.64 with 2 decimals.
    static func amount(_ printed: String) -> Amount? {
        let plain = printed.replacingOccurrences(of: ",", with: "")
        guard let value = Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        let decimals = plain.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0
        return Amount(printed: printed, value: value, decimals: decimals)
    }

    private static func scalarOffsets(_ text: String) -> [Int: Int] {
        var offsets: [Int: Int] = [:]
        var utf16 = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            offsets[utf16] = index
            utf16 += scalar.utf16.count
        }
        offsets[utf16] = text.unicodeScalars.count
        return offsets
    }
}

/// A number of the paragraph: where it is, its unit and the words before it.
struct NumberToken {
    /// The digits, in UTF-16 offsets of the paragraph text.
    var range: NSRange
    /// Where the number and its unit end.
    var end: Int
    var unit: String?
    var phrase: String
    var term: Term
}
