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
        var start: Int?
        func emit(_ range: Range<Int>) {
            result.append(Token(scalars: scalars[range], line: line, column: range.lowerBound + 1))
        }
        for (offset, scalar) in scalars.enumerated() {
            if scalar.isBlank {
                if let begin = start { emit(begin..<offset) }
                start = nil
            } else if start == nil {
                start = offset
            }
        }
        if let begin = start { emit(begin..<scalars.count) }
        return result
    }

    static func split(_ text: String) -> [SourceLine] {
        // One pass into one buffer, then an exact-size copy per line: far fewer allocations
        // than growing each line's array scalar by scalar.
        var all: [Unicode.Scalar] = []
        all.reserveCapacity(text.utf8.count)
        // A plain loop: `append(contentsOf:)` would first walk the text once just to count it.
        for scalar in text.unicodeScalars { all.append(scalar) }
        var lines: [SourceLine] = []
        var start = 0
        for index in all.indices where all[index] == "\n" {
            lines.append(SourceLine(number: lines.count + 1, scalars: withoutCarriageReturn(all[start..<index])))
            start = index + 1
        }
        if start < all.count { lines.append(SourceLine(number: lines.count + 1, scalars: withoutCarriageReturn(all[start...]))) }
        return lines
    }

    private static func withoutCarriageReturn(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        scalars.last == "\r" ? Array(scalars.dropLast()) : Array(scalars)
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
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
