/// A text table keyed by a 序号 column ("序号 21 个率先 工作支撑响应情况"): numbered rows,
/// group rows ("一、粤省事汕尾专版") and wrapped cell text. Its group rows look like chapter
/// headings, so it must be read as a table before headings are looked for.
struct NumberedTable {
    let table: Table
    let lineCount: Int

    static func read(at index: Int, in lines: [SourceLine]) -> NumberedTable? {
        guard lines[index].tokens.count >= 2, lines[index].tokens[0].scalars.elementsEqual("序号".unicodeScalars) else { return nil }
        let header = lines[index].tokens.map(\.text)
        var rows: [(number: Int?, tokens: [Token])] = []
        var cursor = index + 1
        while cursor < lines.count {
            let line = lines[cursor]
            guard let start = line.firstContentOffset else { cursor += 1; continue }
            let tokens = line.tokens
            if tokens.map(\.text) == header || PageNumber.matches(line) && Int(line.content) != nextNumber(rows) {
                cursor += 1
                continue
            }
            if let number = Int(tokens[0].text), number == nextNumber(rows) {
                rows.append((number, Array(tokens.dropFirst())))
            } else if let marker = HeadingMarker.at(line.scalars[start...]) {
                guard marker.level == 2 else { break }
                rows.append((nil, tokens))
            } else if !rows.isEmpty {
                rows[rows.count - 1].tokens += tokens
            } else {
                break
            }
            cursor += 1
        }
        guard rows.count >= 2 else { return nil }
        let tableRows = rows.map { row in
            let span = row.tokens.dropFirst().reduce(row.tokens.first?.span ?? lines[index].tokens[0].span) { $0.union($1.span) }
            return TableRow(code: nil, label: LabelJoiner.join(row.tokens), rowNumber: row.number, cells: [], span: span)
        }
        let span = tableRows.reduce(lines[index].tokens[0].span) { $0.union($1.span) }
        let table = Table(number: nil, title: header.joined(separator: " "), kind: .other, unit: nil,
                          sides: [TableSide(name: nil, columns: [], rows: tableRows)], notes: [], span: span)
        return NumberedTable(table: table, lineCount: cursor - index)
    }

    private static func nextNumber(_ rows: [(number: Int?, tokens: [Token])]) -> Int {
        (rows.last { $0.number != nil }?.number ?? 0) + 1
    }
}
