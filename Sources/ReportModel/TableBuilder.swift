/// Joins the pages of each table and reads them into `Table`s.
enum TableBuilder {
    static func tables(from chunks: [TableChunk]) -> [Table] {
        var groups: [[TablePage]] = []
        for page in chunks.map(TablePage.init) {
            if let last = groups.last?.last, continues(last, with: page) {
                groups[groups.count - 1].append(page)
            } else {
                groups.append([page])
            }
        }
        return groups.map(table)
    }

    /// A page with the same number (or, unnumbered, the same title) continues the table.
    private static func continues(_ previous: TablePage, with page: TablePage) -> Bool {
        if let number = page.number { return number == previous.number }
        return page.title == previous.title
    }

    private static func table(_ pages: [TablePage]) -> Table {
        let first = pages[0]
        if LayoutTable.isAligned(pages.map(\.chunk)) { return LayoutTable.table(pages) }
        let header = TableHeader(first.header)
        var assembler = TableRowAssembler(header: header)
        for page in pages { assembler.add(page.body) }
        let sides = zip(header.sides, assembler.rows).map { side, rows in
            TableSide(name: side.name, columns: side.columns, rows: rows)
        }
        return Table(
            number: first.number,
            title: first.title,
            kind: TableKind(title: first.title),
            unit: first.unit,
            sides: sides,
            notes: pages.flatMap(\.notes),
            span: pages.dropFirst().reduce(first.span) { $0.union($1.span) }
        )
    }
}
