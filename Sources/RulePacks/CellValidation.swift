import Localization
import RulePackModel

/// A cell checked against the pack's tables: the table, side, row and column it names must be
/// ones the pack declares, and every `{placeholder}` must be one a loop of its identity fills.
struct CellValidation {
    let pack: RulePack
    let bound: Set<String>

    func check(_ cell: CellReference, at node: PackNode) throws {
        guard let table = pack.table(cell.table) else {
            throw node.error(unknownTable(cell.table))
        }
        for text in [cell.row, cell.column ?? "", cell.label ?? "", cell.side ?? ""] {
            if let unbound = placeholders(text).first(where: { !bound.contains($0) }) {
                throw node.error(en: "'{\(unbound)}' is not filled by any for-each of this identity", zh: "这条勾稽关系没有 for-each 填充 '{\(unbound)}'")
            }
        }
        if let side = cell.side, !table.sides.contains(side) {
            throw node.error(unknownSide(side, of: table))
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
                throw site.node.error(unknownTable(site.value))
            }
            if let side, !table.sides.contains(side) {
                throw site.node.error(unknownSide(side, of: table))
            }
            for row in sites.rows { try check(row.value, of: table, at: row.node) }
        }
    }

    /// A restatement's cell: its table and side known, each row a declared one (or, with `*`,
    /// matching one; `only`; or filled by `{subject}`), its column likewise.
    func check(_ cell: RestatedCell, at node: PackNode) throws {
        guard let table = pack.table(cell.table) else {
            throw node.error(unknownTable(cell.table))
        }
        if let side = cell.side, !table.sides.contains(side) {
            throw node.error(unknownSide(side, of: table))
        }
        for row in cell.rows where row != CellReference.onlyRow && placeholders(row).isEmpty {
            guard table.rows.contains(where: { RowSelection.label($0, matches: row) }) else {
                throw node.error(unknownRow(row, of: table))
            }
        }
        let columns = table.columns(of: cell.side)
        if let column = cell.column, placeholders(column).isEmpty, !columns.contains(where: { RowSelection.label($0, matches: column) }) {
            throw node.error(unknownColumn(column, of: table, side: cell.side, columns))
        }
        for text in cell.rows + [cell.column ?? ""] {
            if let unbound = placeholders(text).first(where: { !bound.contains($0) }) {
                throw node.error(LocalizedText(en: "'{\(unbound)}' is not a placeholder of restatements", zh: "'{\(unbound)}' 不是复述规则的占位符") + .known(["{subject}"]))
            }
        }
    }

    private func check(_ selection: RowSelection, of table: PackTable, at node: PackNode) throws {
        if let pattern = selection.pattern {
            guard table.rows.contains(where: { RowSelection.label($0, matches: pattern) }) else {
                throw node.error(unknownRow(pattern, of: table))
            }
        } else if selection.coded == true || selection.codeLength != nil {
            guard let system = table.codes else { throw node.error(en: "\(table.id) has no coded rows", zh: "\(table.id) 没有带科目编码的行") }
            if let length = selection.codeLength, !system.lengths.contains(length) {
                throw node.error(en: "\(table.id)'s \(system.rawValue) codes have \(digits(system, ", ")) digits, not \(length)",
                                     zh: "\(table.id) 的\(system.chineseName)编码为 \(digits(system, "、")) 位，不是 \(length) 位")
            }
        }
    }

    private func checkRow(_ row: String, of table: PackTable, at node: PackNode) throws {
        guard placeholders(row).isEmpty, row != CellReference.onlyRow else { return }
        let code = row.prefix { $0.isASCII && $0.isNumber }
        if !code.isEmpty {
            guard let system = table.codes else { throw node.error(en: "row '\(row)': \(table.id) has no coded rows", zh: "行 '\(row)'：\(table.id) 没有带科目编码的行") }
            guard system.lengths.contains(code.count) else {
                throw node.error(en: "row '\(row)': a \(system.rawValue) code has \(digits(system, ", ")) digits",
                                 zh: "行 '\(row)'：\(system.chineseName)编码为 \(digits(system, "、")) 位")
            }
            return
        }
        let label = row.first == CellReference.exactRow ? String(row.dropFirst()) : row
        guard table.rows.contains(label) else { throw node.error(unknownRow(row, of: table)) }
    }

    private func checkColumn(_ column: String?, side: String?, of table: PackTable, at node: PackNode) throws {
        let columns = table.columns(of: side)
        guard let column else {
            guard table.hasSingleColumn(side) else { throw node.error(en: "the cell names no column, and \(table.id) has several: \(list(columns))",
                                                                      zh: "单元格未指定列，而\(table.id) 有多列：\(list(columns, "、"))") }
            return
        }
        guard placeholders(column).isEmpty else { return }
        guard columns.contains(column) else {
            throw node.error(unknownColumn(column, of: table, side: side, columns))
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

    private func list(_ names: [String], _ separator: String = ", ") -> String {
        names.isEmpty ? "none" : names.joined(separator: separator)
    }

    private func digits(_ system: CodeSystem, _ separator: String) -> String {
        system.lengths.map(String.init).joined(separator: separator)
    }

    private func unknownTable(_ name: String) -> LocalizedText {
        LocalizedText(en: "unknown table '\(name)'", zh: "未知的表 '\(name)'") + .known(pack.tables.map(\.id))
    }

    private func unknownSide(_ side: String, of table: PackTable) -> LocalizedText {
        LocalizedText(en: "unknown side '\(side)' of \(table.id)", zh: "\(table.id) 没有 '\(side)' 栏") + .known(table.sides)
    }

    private func unknownRow(_ row: String, of table: PackTable) -> LocalizedText {
        LocalizedText(en: "unknown row '\(row)' of \(table.id)", zh: "\(table.id) 中未知的行 '\(row)'") + .known(table.rows)
    }

    private func unknownColumn(_ column: String, of table: PackTable, side: String?, _ columns: [String]) -> LocalizedText {
        let name = table.id + (side.map { ":\($0)" } ?? "")
        return LocalizedText(en: "unknown column '\(column)' of \(name)", zh: "\(name) 中未知的列 '\(column)'") + .known(columns)
    }
}

private extension CodeSystem {
    var chineseName: String {
        switch self {
        case .functional: "支出功能分类科目"
        case .economic: "支出经济分类科目"
        }
    }
}
