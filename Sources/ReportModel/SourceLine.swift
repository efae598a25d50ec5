import Foundation

/// One line of the stored text, as Unicode scalars so that columns match `SourceSpan`.
struct SourceLine {
    /// 1-based line number.
    let number: Int
    let scalars: [Unicode.Scalar]
    /// The line split into blank-separated tokens, each with its 1-based column.
    let tokens: [Token]

    /// Offset of the first non-blank scalar, or nil for a blank line.
    let firstContentOffset: Int?
    /// Offset just past the last non-blank scalar.
    let contentEnd: Int

    // The content bounds are asked for many times per line by every stage: found once here.
    init(number: Int, scalars: [Unicode.Scalar]) {
        self.number = number
        self.scalars = scalars
        tokens = SourceLine.tokenize(scalars, line: number)
        firstContentOffset = tokens.first.map { $0.column - 1 }
        contentEnd = tokens.last.map { $0.column - 1 + $0.length } ?? 0
    }

    var text: String { String(scalars: scalars) }

    var isBlank: Bool { firstContentOffset == nil }

    /// The line without its leading and trailing blanks.
    var content: String {
        guard let start = firstContentOffset else { return "" }
        return String(scalars: scalars[start..<contentEnd])
    }

    /// PDF extraction leaves a trailing blank after a line that ends a paragraph.
    var hasTrailingBlank: Bool { !isBlank && contentEnd < scalars.count }

    private static func tokenize(_ scalars: [Unicode.Scalar], line: Int) -> [Token] {
        var result: [Token] = []
        var offset = 0
        while offset < scalars.count {
            guard !scalars[offset].isBlank else { offset += 1; continue }
            let start = offset
            while offset < scalars.count, !scalars[offset].isBlank { offset += 1 }
            result.append(Token(scalars: scalars[start..<offset], line: line, column: start + 1))
        }
        return result
    }

    static func split(_ text: String) -> [SourceLine] {
        var text = text
        return text.withUTF8 { utf8 in
            var lines: [SourceLine] = []
            var start = 0
            while start < utf8.count {
                let end = lineEnd(in: utf8, from: start)
                let contentEnd = end > start && utf8[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
                let scalars = [Unicode.Scalar](decoding: UnsafeBufferPointer(rebasing: utf8[start..<contentEnd]))
                lines.append(SourceLine(number: lines.count + 1, scalars: scalars))
                start = end + 1
            }
            return lines
        }
    }

    /// Offset of the next "\n" from `start`, or the end: memchr scans far faster than a loop.
    private static func lineEnd(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let base = utf8.baseAddress!
        guard let found = memchr(base + start, Int32(UInt8(ascii: "\n")), utf8.count - start) else { return utf8.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}

/// A blank-separated word of a line.
struct Token {
    let scalars: ArraySlice<Unicode.Scalar>
    let line: Int
    let column: Int

    /// Built on demand: most tokens of narrative lines are never looked at as text.
    var text: String { String(scalars: scalars) }
    var length: Int { scalars.count }

    /// The amount the token prints, if it is one.
    var amount: Amount? { NumberSyntax.amount(scalars) { text } }

    var span: SourceSpan { SourceSpan(startLine: line, startColumn: column, endLine: line, endColumn: column + length) }
}

extension Unicode.Scalar {
    /// Blank for layout purposes: ASCII whitespace, no-break and ideographic spaces.
    var isBlank: Bool {
        switch value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x3000: return true
        default: return false
        }
    }

    var isCJK: Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
    }

    var isASCIIAlphanumeric: Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }
}
