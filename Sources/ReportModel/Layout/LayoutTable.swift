/// A table printed as layout text (columns aligned with runs of blanks) read from its
/// words' positions; token text (single blanks, the seed's) goes through `TableRowAssembler`.
enum LayoutTable {
    /// Most gaps between the words of the table's lines are two blanks or more.
    static func isAligned(_ chunks: [TableChunk]) -> Bool {
        var wide = 0, single = 0
        for line in chunks.flatMap({ $0.lines.dropFirst() }) {
            for (left, right) in zip(line.tokens, line.tokens.dropFirst()) {
                if right.column - (left.column + left.length) >= 2 { wide += 1 } else { single += 1 }
            }
        }
        return wide > 2 * single
    }

    static func table(_ pages: [TablePage]) -> Table {
        let first = pages[0]
        let kind = TableKind(title: first.title)
        var sides: [TableSide] = []
        var printed: [Set<TableRow.PrintedKey>] = []
        var aligned = true
        for page in pages {
            let layout = LayoutPage(page.chunk)
            let header = LayoutHeader(layout.header, kind: kind)
            let placed = refined(header.sides, body: layout.body).map { LayoutHeader.placingCodeParts(header.codePartCells, on: $0) }
            let lines = split(layout.body, into: placed)
            for (index, side) in placed.enumerated() {
                // A header read twice under one name was garbled: its columns are a guess.
                aligned = aligned && Set(side.bands.map(\.name)).count == side.bands.count
                if index == sides.count {
                    sides.append(TableSide(name: side.name, columns: side.bands.map(\.name), rows: []))
                    printed.append([])
                }
                // A page repeating a row of an earlier page (the 合计 under a repeated header) adds nothing.
                let (rows, sideAligned) = LayoutRowReader.rows(side: side, lines: lines[index])
                aligned = aligned && sideAligned
                sides[index].rows += rows.filter { !printed[index].contains($0.printedKey) }
                printed[index].formUnion(rows.map(\.printedKey))
            }
        }
        if TableVocabulary.singleRowKinds.contains(kind) {
            for index in sides.indices where sides[index].rows.isEmpty {
                sides[index].rows = [TableRow(code: nil, label: "", rowNumber: nil, cells: Array(repeating: nil, count: sides[index].columns.count), span: first.span)]
            }
        }
        return Table(number: first.number, title: first.title, kind: kind, unit: first.unit, sides: sides,
                     notes: pages.flatMap(\.notes), span: pages.dropFirst().reduce(first.span) { $0.union($1.span) }, columnsAligned: aligned)
    }

    /// Each side's words of each body line (an empty line stays empty on both sides). A line's
    /// right side begins at its first word past the boundary that is not an amount: layout
    /// text may push the left side's value past the boundary, never past the right's label.
    private static func split(_ body: [[LayoutWord]], into sides: [LayoutHeader.Side]) -> [[[LayoutWord]]] {
        guard sides.count == 2 else { return [body] }
        let boundary = sides[1].start
        var left: [[LayoutWord]] = [], right: [[LayoutWord]] = []
        for line in body {
            let start = line.filter { $0.x >= boundary && !$0.isValue }.map(\.x).min() ?? boundary
            let cut = line.contains { $0.x < boundary } ? start : boundary
            left.append(line.filter { $0.x < cut })
            right.append(line.filter { $0.x >= cut })
            if !line.isEmpty, left[left.count - 1].isEmpty { left.removeLast() }
            if !line.isEmpty, right[right.count - 1].isEmpty { right.removeLast() }
        }
        return [left, right]
    }

    /// The right side's labels start left of its centred header: the boundary moves to the
    /// first label or code word past the left side's last column.
    private static func refined(_ sides: [LayoutHeader.Side], body: [[LayoutWord]]) -> [LayoutHeader.Side] {
        guard sides.count == 2, let lastBand = sides[0].bands.last else { return sides }
        let words = body.flatMap { $0 }.filter { !$0.isValue && $0.x > lastBand.x && $0.x < sides[1].start }
        guard let start = words.map(\.x).min() else { return sides }
        var result = sides
        result[0].end = start
        result[1].start = start
        return result
    }
}
