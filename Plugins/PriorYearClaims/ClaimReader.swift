import CheckerKit
import Foundation
import ReportModel

/// Finds claims about last year in the narrative: a figure in 万元 followed by
/// "比上年[决算数]增加|减少 Δ 万元". Comparisons with the budget (比年初预算数) are not about
/// last year and are left alone.
enum ClaimReader {
    private static let number = #"([0-9][0-9,]*(?:\.[0-9]+)?)"#
    private static let pattern = try! NSRegularExpression(
        pattern: #"([^\s，。；：:、,.0-9（）()“”]+)\s*"# + number + #"\s*万元\s*[，,]?\s*比上年(?:决算数?|数)?\s*(增加|减少|增长|下降)\s*"# + number + #"\s*万\s*元"#
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
              let word = substring(match.range(at: 3), of: text), let change = quantity(match.range(at: 4), of: text),
              let changeRange = Range(match.range(at: 4), in: text) else { return nil }
        let decrease = word == "减少" || word == "下降"
        let signed = Quantity(value: decrease ? -change.value : change.value, printed: change.printed)
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: changeRange.lowerBound)
        let length = text[changeRange].unicodeScalars.count
        let span = paragraph.span(ofScalarRange: start..<(start + length))
        return Claim(subject: subject, current: current, change: signed, changeWord: word, span: span, place: place)
    }

    private static func substring(_ range: NSRange, of text: String) -> String? {
        Range(range, in: text).map { String(text[$0]) }
    }

    private static func quantity(_ range: NSRange, of text: String) -> Quantity? {
        guard let printed = substring(range, of: text), let value = Decimal(plain: printed.replacingOccurrences(of: ",", with: "")) else {
            return nil
        }
        return Quantity(value: value, printed: printed)
    }
}
