import Foundation
import ReportModel

/// A pattern found in a paragraph, with its scalar range so that it can point at the source.
struct TextMatch {
    let paragraph: Paragraph
    let range: Range<String.Index>
    let groups: [String?]

    var text: String { String(paragraph.text[range]) }

    var span: SourceSpan { paragraph.span(ofScalarRange: Self.scalarRange(range, in: paragraph.text)) }

    /// The matched text with some context either side, blanks removed, for messages.
    var quote: String {
        let text = paragraph.text
        let start = text.index(range.lowerBound, offsetBy: -12, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(range.upperBound, offsetBy: 12, limitedBy: text.endIndex) ?? text.endIndex
        return Compact.text(text[start..<end])
    }

    static func all(_ pattern: String, in paragraph: Paragraph) -> [TextMatch] {
        let regex = Patterns.regex(pattern)
        let text = paragraph.text
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { result in
            guard let range = Range(result.range, in: text) else { return nil }
            let groups = (1..<max(result.numberOfRanges, 1)).map { index in
                Range(result.range(at: index), in: text).map { String(text[$0]) }
            }
            return TextMatch(paragraph: paragraph, range: range, groups: groups)
        }
    }

    static func scalarRange(_ range: Range<String.Index>, in text: String) -> Range<Int> {
        let scalars = text.unicodeScalars
        let start = scalars.distance(from: scalars.startIndex, to: range.lowerBound)
        return start..<(start + scalars.distance(from: range.lowerBound, to: range.upperBound))
    }
}

/// Compiled patterns, cached: the same few are applied to every paragraph.
enum Patterns {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: NSRegularExpression] = [:]

    static func regex(_ pattern: String) -> NSRegularExpression {
        lock.lock()
        defer { lock.unlock() }
        if let regex = cache[pattern] { return regex }
        // The patterns are this module's own constants: a bad one is a programming error.
        let regex = try! NSRegularExpression(pattern: pattern)
        cache[pattern] = regex
        return regex
    }

    static func firstMatch(_ pattern: String, in text: String) -> [String?]? {
        let regex = regex(pattern)
        guard let result = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (0..<result.numberOfRanges).map { Range(result.range(at: $0), in: text).map { String(text[$0]) } }
    }
}
