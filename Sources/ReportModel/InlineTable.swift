/// A small table inside the narrative ("页面 访问次数 涉及访问人数" followed by rows of a label
/// and counts). Its rows are data, not prose: they must not become paragraphs or figures.
struct InlineTable {
    var table: Table
    /// Lines consumed, counted from the header.
    let lineCount: Int

    /// Reads a table whose header is `lines[index]`, or nil when that line is not one. The
    /// title is the header's first word until the caller finds a better one.
    static func read(at index: Int, in lines: [SourceLine]) -> InlineTable? {
        let headerTokens = lines[index].tokens
        guard headerTokens.count >= 3,
              headerTokens.allSatisfy(isHeaderWord)
        else { return nil }
        let valueCount = headerTokens.count - 1
        var rows: [TableRow] = []
        var label: [Token] = []
        var cursor = index + 1
        var consumed = 1
        while cursor < lines.count {
            let line = lines[cursor]
            cursor += 1
            if line.isBlank { continue }
            let tokens = line.tokens
            let values = tokens.reversed().prefix { $0.amount != nil }.reversed()
            if values.count == valueCount, tokens.count > valueCount || !label.isEmpty {
                label += tokens.dropLast(valueCount)
                rows.append(row(label: label, values: Array(values)))
                label = []
            } else if values.isEmpty, label.count < 3, tokens.count <= 2, tokens.allSatisfy(isHeaderWord) {
                label += tokens
                continue
            } else {
                break
            }
            consumed = cursor - index
        }
        guard rows.count >= 2 else { return nil }
        let columns = headerTokens.dropFirst().map(\.text)
        let first = lines[index]
        let span = rows.reduce(SourceSpan(startLine: first.number, startColumn: 1, endLine: first.number, endColumn: first.contentEnd + 1)) { $0.union($1.span) }
        let table = Table(number: nil, title: headerTokens[0].text, kind: .other, unit: nil,
                          sides: [TableSide(name: nil, columns: columns, rows: rows)], notes: [], span: span)
        return InlineTable(table: table, lineCount: consumed)
    }

    /// A short run of CJK (or Latin) text without punctuation: a column name or row label.
    private static func isHeaderWord(_ token: Token) -> Bool {
        token.length <= 10 && token.scalars.allSatisfy { $0.isCJK || $0.isASCIIAlphanumeric && !("0"..."9").contains($0) }
    }

    private static func row(label: [Token], values: [Token]) -> TableRow {
        let cells: [Cell?] = values.map { token in token.amount.map { Cell(amount: $0, span: token.span) } }
        let span = (label + values).dropFirst().reduce((label + values)[0].span) { $0.union($1.span) }
        return TableRow(code: nil, label: LabelJoiner.join(label), rowNumber: nil, cells: cells, span: span)
    }
}
