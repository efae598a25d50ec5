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

extension Array where Element == Unicode.Scalar {
    /// Decodes a line straight from the text's UTF-8, in one pass: no buffer for the whole
    /// text, no growing, since a line has at most as many scalars as bytes. The bytes come
    /// from a `String`, so they are valid UTF-8.
    init(decoding utf8: UnsafeBufferPointer<UInt8>) {
        self.init(unsafeUninitializedCapacity: utf8.count) { buffer, initialized in
            var index = 0
            while index < utf8.count {
                let lead = UInt32(utf8[index])
                func continuation(_ offset: Int) -> UInt32 { UInt32(utf8[index + offset] & 0x3F) }
                let value: UInt32
                switch lead {
                case ..<0x80: value = lead
                case ..<0xE0: value = (lead & 0x1F) << 6 | continuation(1)
                case ..<0xF0: value = (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)
                default: value = (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)
                }
                buffer[initialized] = Unicode.Scalar(value).unsafelyUnwrapped
                initialized += 1
                index += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            }
        }
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

extension String {
    /// Builds a string from scalars by writing their UTF-8 straight into the string's
    /// storage: much faster than appending scalars one by one to a scalar view.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        let capacity = scalars.reduce(0) { $0 + UTF8.width($1) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in scalars {
                // Encoded by hand: `UTF8.encode` calls back once per byte.
                let value = scalar.value
                func put(_ byte: UInt32) {
                    buffer[count] = UInt8(truncatingIfNeeded: byte)
                    count += 1
                }
                switch value {
                case ..<0x80:
                    put(value)
                case ..<0x800:
                    put(0xC0 | value >> 6)
                    put(0x80 | value & 0x3F)
                case ..<0x10000:
                    put(0xE0 | value >> 12)
                    put(0x80 | value >> 6 & 0x3F)
                    put(0x80 | value & 0x3F)
                default:
                    put(0xF0 | value >> 18)
                    put(0x80 | value >> 12 & 0x3F)
                    put(0x80 | value >> 6 & 0x3F)
                    put(0x80 | value & 0x3F)
                }
            }
            return count
        }
    }
}
