/// Turns a table page's body lines into rows of its logical sides.
///
/// Extracted rows wrap: a code alone on a line, the label over two or three lines, the
/// values on the last. Tokens therefore accumulate until a line ends with a value (or, in
/// tables with 行次, with a row number), and the accumulated tokens are then cut into one
/// segment per side: [code] label… [行次] values….
struct TableRowAssembler {
    private let header: TableHeader
    private(set) var rows: [[TableRow]]
    /// What each side's rows print, to drop a row a continuation page repeats.
    private var printed: [Set<TableRow.PrintedKey>]
    private var pending: [Token] = []
    private var pendingIndent = 0
    private var lastRowNumber: [Int]
    private var segment = TableSegment()
    private var side = 0

    init(header: TableHeader) {
        self.header = header
        rows = Array(repeating: [], count: header.sides.count)
        printed = Array(repeating: [], count: header.sides.count)
        lastRowNumber = Array(repeating: 0, count: header.sides.count)
    }

    mutating func add(_ lines: [SourceLine]) {
        for line in lines where !line.isBlank {
            if pending.isEmpty { pendingIndent = line.firstContentOffset ?? 0 }
            pending += line.tokens
            let last = pending.last!
            if TableToken.isValue(last) || (header.hasRowNumbers && TableToken.integer(last) != nil) { flush() }
        }
        flush()
    }

    private mutating func flush() {
        guard !pending.isEmpty else { return }
        // Without 行次, a row whose left cells are missing is printed indented.
        side = header.sides.count == 2 && !header.hasRowNumbers && pendingIndent >= 2 ? 1 : 0
        for token in pending { take(token) }
        close()
        pending = []
    }

    private mutating func take(_ token: Token) {
        let ascii = token.scalars.lazy.map(NumberSyntax.ascii)
        if let value = TableToken.value(token) {
            segment.values.append(value.map { Cell(amount: $0, span: token.span) })
            segment.valueSpans.append(token.span)
            if segment.values.count >= max(header.sides[side].columns.count, 1) { close() }
        } else if header.hasRowNumbers, let number = TableToken.integer(token) {
            if segment.rowNumber != nil || !segment.values.isEmpty { close() }
            segment.rowNumber = number
            side = sideContinuing(number)
        } else if !header.hasRowNumbers, ClassificationCode.isCode(ascii) {
            if !segment.isEmpty { close() }
            segment.code = String(scalars: ascii)
        } else {
            if segment.rowNumber != nil || !segment.values.isEmpty { close() }
            segment.labelTokens.append(token)
        }
    }

    /// A 行次 continuing the left side's numbering is the left side's; any other, the right's.
    private func sideContinuing(_ rowNumber: Int) -> Int {
        header.sides.count == 2 && rowNumber != lastRowNumber[0] + 1 ? 1 : 0
    }

    private mutating func close() {
        defer { segment = TableSegment() }
        guard !segment.isEmpty else { return }
        if let number = segment.rowNumber { lastRowNumber[side] = number }
        // A continuation page repeats the 合计 row under its header: keep the first.
        if let row = segment.row(columnCount: header.sides[side].columns.count),
           printed[side].insert(row.printedKey).inserted {
            rows[side].append(row)
        }
        side = min(side + 1, header.sides.count - 1)
    }
}

/// Full-width digits and signs read as their ASCII forms throughout.
enum TableToken {
    /// A printed amount: decimals, or a dash standing for an empty cell.
    static func isValue(_ token: Token) -> Bool {
        value(token) != nil
    }

    /// The cell a value token prints: an amount, or nil inside for a dash; nil for a token
    /// that is not a value (a label, a code, a row number).
    static func value(_ token: Token) -> Amount?? {
        let ascii = token.scalars.lazy.map(NumberSyntax.ascii)
        if isDash(ascii) { return .some(nil) }
        guard let amount = token.amount, amount.decimals > 0 || ascii.contains(",") else { return nil }
        return .some(amount)
    }

    /// A row number (行次): what `Int` reads from the token.
    static func integer(_ token: Token) -> Int? {
        let ascii = token.scalars.lazy.map(NumberSyntax.ascii)
        // Only a sign or a digit can start an integer: spare every label a string.
        guard let first = ascii.first, first == "+" || first == "-" || ("0"..."9").contains(first) else { return nil }
        return Int(String(scalars: ascii))
    }

    private static let dashes = ScalarSet("-—–－")

    private static func isDash<C: Collection>(_ scalars: C) -> Bool where C.Element == Unicode.Scalar {
        !scalars.isEmpty && scalars.allSatisfy(dashes.contains)
    }
}

/// One side's part of an accumulated row.
struct TableSegment {
    var code: String?
    var labelTokens: [Token] = []
    var rowNumber: Int?
    var values: [Cell?] = []
    var valueSpans: [SourceSpan] = []

    var isEmpty: Bool { code == nil && labelTokens.isEmpty && rowNumber == nil && values.isEmpty }

    /// The row, or nil for a placeholder with neither label nor values (an unused 行次).
    func row(columnCount: Int) -> TableRow? {
        let label = LabelJoiner.join(labelTokens)
        guard !label.isEmpty || code != nil || !values.isEmpty else { return nil }
        var cells = values
        if cells.count < columnCount { cells += Array(repeating: nil, count: columnCount - cells.count) }
        let spans = labelTokens.map(\.span) + valueSpans
        let span = spans.dropFirst().reduce(spans.first ?? SourceSpan(startLine: 0, startColumn: 0, endLine: 0, endColumn: 0)) { $0.union($1) }
        return TableRow(code: code, label: label, rowNumber: rowNumber, cells: cells, span: span)
    }
}

/// Joins pieces of text that a line wrap separated: CJK pieces join directly, Latin words
/// and numbers keep a blank between them.
enum LabelJoiner {
    /// Joined as scalars and made a string once, rather than a string per piece.
    static func join(_ pieces: [Token]) -> String {
        var result: [Unicode.Scalar] = []
        for piece in pieces {
            if let last = result.last, let first = piece.scalars.first, last.isASCIIAlphanumeric, first.isASCIIAlphanumeric {
                result.append(" ")
            }
            result.append(contentsOf: piece.scalars)
        }
        return String(scalars: result)
    }
}

extension TableRow {
    /// Code, label, 行次 and the printed values: equal keys print the same row.
    struct PrintedKey: Hashable {
        let code: String?
        let label: String
        let rowNumber: Int?
        let values: [String?]

        // The label is left out of the hash (equality still compares it): hashing CJK text
        // normalises it first, and the other fields set rows apart well enough.
        func hash(into hasher: inout Hasher) {
            hasher.combine(code)
            hasher.combine(rowNumber)
            hasher.combine(values)
        }
    }

    var printedKey: PrintedKey {
        PrintedKey(code: code, label: label, rowNumber: rowNumber, values: cells.map { $0?.amount.printed })
    }
}
