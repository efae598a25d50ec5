import RulePackModel

/// A cell checked against the pack's tables: the table, side, row and column it names must be
/// ones the pack declares, and every `{placeholder}` must be one a loop of its identity fills.
struct CellValidation {
    let pack: RulePack
    let bound: Set<String>

    func check(_ cell: CellReference, at node: PackNode) throws {
        guard let table = pack.table(cell.table) else {
            throw node.error("unknown table '\(cell.table)' (known: \(pack.tables.map(\.id).joined(separator: ", ")))")
        }
        for text in [cell.row, cell.column ?? "", cell.label ?? "", cell.side ?? ""] {
            if let unbound = placeholders(text).first(where: { !bound.contains($0) }) {
                throw node.error("'{\(unbound)}' is not filled by any for-each of this identity")
            }
        }
        if let side = cell.side, !table.sides.contains(side) {
            throw node.error("unknown side '\(side)' of \(table.id) (known: \(list(table.sides)))")
        }
        try checkRow(cell.row, of: table, at: node)
        try checkColumn(cell.column, side: cell.side, of: table, at: node)
    }

    /// An `each-column` identity's tables, side and rows: every table known, the side one of
    /// each table's, each row one its tables declare (a pattern at least one of them), each
    /// filter's code length one of each table's code system.
    func check(_ sites: PackDocument.ColumnSites, side: String?) throws {
        for site in sites.tables {
            guard let table = pack.table(site.value) else {
                throw site.node.error("unknown table '\(site.value)' (known: \(pack.tables.map(\.id).joined(separator: ", ")))")
            }
            if let side, !table.sides.contains(side) {
                throw site.node.error("unknown side '\(side)' of \(table.id) (known: \(list(table.sides)))")
            }
            for row in sites.rows { try check(row.value, of: table, at: row.node) }
        }
    }

    /// A restatement's cell: its table and side known, each row a declared one (or, with `*`,
    /// matching one; `only`; or filled by `{subject}`), its column likewise.
    func check(_ cell: RestatedCell, at node: PackNode) throws {
        guard let table = pack.table(cell.table) else {
            throw node.error("unknown table '\(cell.table)' (known: \(pack.tables.map(\.id).joined(separator: ", ")))")
        }
        if let side = cell.side, !table.sides.contains(side) {
            throw node.error("unknown side '\(side)' of \(table.id) (known: \(list(table.sides)))")
        }
        for row in cell.rows where row != CellReference.onlyRow && placeholders(row).isEmpty {
            guard table.rows.contains(where: { RowSelection.label($0, matches: row) }) else {
                throw node.error("unknown row '\(row)' of \(table.id) (known: \(list(table.rows)))")
            }
        }
        let columns = table.columns(of: cell.side)
        if let column = cell.column, placeholders(column).isEmpty, !columns.contains(where: { RowSelection.label($0, matches: column) }) {
            throw node.error("unknown column '\(column)' of \(table.id)\(cell.side.map { ":\($0)" } ?? "") (known: \(list(columns)))")
        }
        for text in cell.rows + [cell.column ?? ""] {
            if let unbound = placeholders(text).first(where: { !bound.contains($0) }) {
                throw node.error("'{\(unbound)}' is not a placeholder of restatements (known: {subject})")
            }
        }
    }

    private func check(_ selection: RowSelection, of table: PackTable, at node: PackNode) throws {
        if let pattern = selection.pattern {
            guard table.rows.contains(where: { RowSelection.label($0, matches: pattern) }) else {
                throw node.error("unknown row '\(pattern)' of \(table.id) (known: \(list(table.rows)))")
            }
        } else if selection.coded == true || selection.codeLength != nil {
            guard let system = table.codes else { throw node.error("\(table.id) has no coded rows") }
            if let length = selection.codeLength, !system.lengths.contains(length) {
                throw node.error("\(table.id)'s \(system.rawValue) codes have \(system.lengths.map(String.init).joined(separator: ", ")) digits, not \(length)")
            }
        }
    }

    private func checkRow(_ row: String, of table: PackTable, at node: PackNode) throws {
        guard placeholders(row).isEmpty, row != CellReference.onlyRow else { return }
        let code = row.prefix { $0.isASCII && $0.isNumber }
        if !code.isEmpty {
            guard let system = table.codes else { throw node.error("row '\(row)': \(table.id) has no coded rows") }
            guard system.lengths.contains(code.count) else {
                throw node.error("row '\(row)': a \(system.rawValue) code has \(system.lengths.map(String.init).joined(separator: ", ")) digits")
            }
            return
        }
        let label = row.first == CellReference.exactRow ? String(row.dropFirst()) : row
        guard table.rows.contains(label) else { throw node.error("unknown row '\(row)' of \(table.id) (known: \(list(table.rows)))") }
    }

    private func checkColumn(_ column: String?, side: String?, of table: PackTable, at node: PackNode) throws {
        let columns = table.columns(of: side)
        guard let column else {
            guard table.hasSingleColumn(side) else { throw node.error("the cell names no column, and \(table.id) has several: \(list(columns))") }
            return
        }
        guard placeholders(column).isEmpty else { return }
        guard columns.contains(column) else {
            throw node.error("unknown column '\(column)' of \(table.id)\(side.map { ":\($0)" } ?? "") (known: \(list(columns)))")
        }
    }

    private func placeholders(_ text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return found.filter { $0 != "table" }
    }

    private func list(_ names: [String]) -> String {
        names.isEmpty ? "none" : names.joined(separator: ", ")
    }
}
