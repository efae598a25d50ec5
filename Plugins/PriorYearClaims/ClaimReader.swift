import CheckerKit
import Foundation
import ReportModel

/// Finds claims about last year in the narrative: a figure in 万元 followed by
/// "比上年[决算数]增加|减少 Δ 万元" or "与上年[决算数]持平". Comparisons with the budget
/// (比年初预算数) are not about last year and are left alone.
enum ClaimReader {
    private static let number = #"([0-9][0-9,]*(?:\.[0-9]+)?)"#
    private static let pattern = try! NSRegularExpression(
        pattern: #"([^\s，。；：:、,.0-9（）()“”]+)\s*"# + number + #"\s*万元\s*[，,]?\s*"#
            + #"(比上年(?:决算数?|数)?\s*(增加|减少|增长|下降)\s*"# + number + #"\s*万\s*元|与上年(?:决算数?|数)?\s*持平)"#
    )

    static func claims(in report: Report) -> [Claim] {
        report.paragraphs.flatMap { paragraph in
            claims(in: paragraph, place: report.sectionPath(of: paragraph).last?.title ?? "¶\(paragraph.index + 1)")
        }
    }

    private static func claims(in paragraph: Paragraph, place: String) -> [Claim] {
        let text = paragraph.text
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { match in
            claim(match, in: paragraph, place: place)
        }
    }

    private static func claim(_ match: NSTextCheckingResult, in paragraph: Paragraph, place: String) -> Claim? {
        let text = paragraph.text
        guard let subject = substring(match.range(at: 1), of: text), let current = quantity(match.range(at: 2), of: text),
              let statement = substring(match.range(at: 3), of: text) else { return nil }
        let word = substring(match.range(at: 4), of: text)
        let decrease = word == "减少" || word == "下降"
        let change = quantity(match.range(at: 5), of: text).map { Quantity(value: decrease ? -$0.value : $0.value, printed: $0.printed) }
        let cited = match.range(at: 5).location == NSNotFound ? match.range(at: 3) : match.range(at: 5)
        return Claim(
            subject: subject, current: current, change: change,
            relation: word.map { "比上年\($0)" } ?? "与上年持平",
            statement: statement.split(whereSeparator: \.isWhitespace).joined(separator: " "),
            span: span(of: cited, in: paragraph), place: place
        )
    }

    private static func span(of range: NSRange, in paragraph: Paragraph) -> SourceSpan {
        let text = paragraph.text
        guard let bounds = Range(range, in: text) else { return paragraph.span }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: bounds.lowerBound)
        return paragraph.span(ofScalarRange: start..<(start + text[bounds].unicodeScalars.count))
    }

    private static func substring(_ range: NSRange, of text: String) -> String? {
        guard range.location != NSNotFound else { return nil }
        return Range(range, in: text).map { String(text[$0]) }
    }

    private static func quantity(_ range: NSRange, of text: String) -> Quantity? {
        guard let printed = substring(range, of: text), let value = Decimal(plain: printed.replacingOccurrences(of: ",", with: "")) else {
            return nil
        }
        return Quantity(value: value, printed: printed)
    }
}
