/// A word of layout text (the `pdftotext -layout` kind) placed by display column and line:
/// x counts a CJK character as two columns, an ASCII one as one, a form feed as none.
struct LayoutWord {
    let scalars: ArraySlice<Unicode.Scalar>
    /// Display column of the first scalar, and one past the last.
    let x: Int
    let end: Int
    let line: Int
    /// 1-based scalar column in the stored line, for spans.
    let column: Int

    var text: String { String(scalars: scalars) }
    /// Twice the centre, so that centres stay integers.
    var doubledCentre: Int { x + end }
    var span: SourceSpan { SourceSpan(startLine: line, startColumn: column, endLine: line, endColumn: column + scalars.count) }
    var amount: Amount? { NumberSyntax.amount(scalars) { text } }
    var isDigits: Bool { !scalars.isEmpty && scalars.allSatisfy { ("0"..."9").contains(NumberSyntax.ascii($0)) } }

    /// A printed money amount: decimals, a thousands separator or parentheses. A dash marks an
    /// empty cell and is no amount.
    var isValue: Bool {
        if scalars.allSatisfy({ "-—–－".unicodeScalars.contains($0) }) { return false }
        guard let amount else { return false }
        return amount.decimals > 0 || scalars.contains(",") || scalars.first == "("
    }
}

extension LayoutWord {
    /// The words of a line: runs of non-blank scalars, a code run into its label ("30207邮电费")
    /// cut in two.
    static func words(_ line: SourceLine) -> [LayoutWord] {
        var result: [LayoutWord] = []
        var x = 0
        var start: Int?
        var startX = 0
        func close(_ offset: Int) {
            guard let from = start else { return }
            result += split(line.scalars[from..<offset], x: startX, line: line.number, column: from + 1)
            start = nil
        }
        for (offset, scalar) in line.scalars.enumerated() {
            if scalar.isBlank {
                close(offset)
            } else if start == nil {
                start = offset
                startX = x
            }
            x += scalar.displayWidth
        }
        close(line.scalars.count)
        return result
    }

    private static func split(_ scalars: ArraySlice<Unicode.Scalar>, x: Int, line: Int, column: Int) -> [LayoutWord] {
        let digits = scalars.prefix { ("0"..."9").contains($0) }.count
        guard digits >= 3, digits < scalars.count, scalars[scalars.startIndex + digits].isCJK else {
            return [LayoutWord(scalars: scalars, x: x, end: x + width(scalars), line: line, column: column)]
        }
        let cut = scalars.startIndex + digits
        return [
            LayoutWord(scalars: scalars[..<cut], x: x, end: x + digits, line: line, column: column),
            LayoutWord(scalars: scalars[cut...], x: x + digits, end: x + digits + width(scalars[cut...]), line: line, column: column + digits),
        ]
    }

    static func width<C: Collection>(_ scalars: C) -> Int where C.Element == Unicode.Scalar {
        scalars.reduce(0) { $0 + $1.displayWidth }
    }
}
