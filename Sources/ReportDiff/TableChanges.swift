import Foundation
import ReportModel

/// What changed in the tables: changed cells, added and removed rows, and tables and columns
/// only one version has.
public struct TableChanges: Codable, Hashable, Sendable {
    public var cells: [CellChange] = []
    public var rows: [RowChange] = []
    public var parts: [PartChange] = []

    public init() {}

    public var isEmpty: Bool { cells.isEmpty && rows.isEmpty && parts.isEmpty }

    /// Tables are matched by kind (their title as recognised), or by title for the tables that
    /// are of no standard kind; then sides by name, rows by code or label, columns by name.
    public init(old: [Table], new: [Table]) {
        let pairs = Occurrences.pairs(old.map(Self.identity), new.map(Self.identity))
        for pair in pairs.sorted(by: { $0.new < $1.new }) {
            compare(old[pair.old], new[pair.new])
        }
        parts += Self.unpaired(old, pairs.map(\.old)).map { PartChange(kind: .removed, part: .table, name: $0) }
        parts += Self.unpaired(new, pairs.map(\.new)).map { PartChange(kind: .added, part: .table, name: $0) }
    }

    private static func identity(_ table: Table) -> String {
        table.kind == .other ? "title " + table.title : "kind " + table.kind.rawValue
    }

    private static func unpaired(_ tables: [Table], _ paired: [Int]) -> [String] {
        unpaired(tables.map(\.displayName), paired)
    }

    private static func unpaired(_ names: [String], _ paired: [Int]) -> [String] {
        Unpaired.indices(below: names.count, except: paired).map { names[$0] }
    }

    private mutating func compare(_ old: Table, _ new: Table) {
        let sides = Occurrences.pairs(old.sides.map(\.name), new.sides.map(\.name))
        for pair in sides.sorted(by: { $0.new < $1.new }) {
            compare(old.sides[pair.old], new.sides[pair.new], table: new.displayName)
        }
    }

    private mutating func compare(_ old: TableSide, _ new: TableSide, table: String) {
        let columns = Occurrences.pairs(old.columns, new.columns).sorted { $0.new < $1.new }
        let side = new.name.map { " " + $0 } ?? ""
        parts += Self.unpaired(old.columns, columns.map(\.old)).map { PartChange(kind: .removed, part: .column, name: "\(table)\(side) \($0)") }
        parts += Self.unpaired(new.columns, columns.map(\.new)).map { PartChange(kind: .added, part: .column, name: "\(table)\(side) \($0)") }
        let rows = RowAlignment.pairs(old.rows, new.rows)
        for pair in rows {
            for column in columns where Self.value(old.rows[pair.old].cells, column.old) != Self.value(new.rows[pair.new].cells, column.new) {
                cells.append(Self.cellChange(old.rows[pair.old], new.rows[pair.new], column, names: new.columns, table: table, side: new.name))
            }
        }
        for index in Unpaired.indices(below: old.rows.count, except: rows.map(\.old)) {
            self.rows.append(Self.rowChange(.removed, old.rows[index], side: old.name, table: table))
        }
        for index in Unpaired.indices(below: new.rows.count, except: rows.map(\.new)) {
            self.rows.append(Self.rowChange(.added, new.rows[index], side: new.name, table: table))
        }
    }

    /// A cell's value read from the row's cells alone: taking the whole row, or the cell's
    /// `Amount`, copied them for every cell compared.
    private static func value(_ cells: [Cell?], _ column: Int) -> Decimal? {
        column < cells.count ? cells[column]?.amount.value : nil
    }

    private static func cellChange(_ before: TableRow, _ after: TableRow, _ column: (old: Int, new: Int),
                                   names: [String], table: String, side: String?) -> CellChange {
        CellChange(table: table, side: side, code: after.code, row: after.label, column: names[column.new],
                   old: before.value(column.old), new: after.value(column.new), line: after.span.startLine)
    }

    private static func rowChange(_ kind: RowChange.Kind, _ row: TableRow, side: String?, table: String) -> RowChange {
        RowChange(kind: kind, table: table, side: side, code: row.code, row: row.label,
                  values: row.cells.map { $0?.amount.printed ?? "" }, line: row.span.startLine)
    }
}
