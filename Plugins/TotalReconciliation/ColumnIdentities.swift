import ReportModel
import RulePackModel

/// A pack's `each-column` identities stated on this report: in each column of each side of their
/// tables, the total row equals the rows the parts select. Listed in the report's order of
/// tables, sides and columns, then the pack's: the order findings are listed in (表1 收入: 本年收入合计
/// then 总计 for each column in turn).
struct ColumnIdentities {
    let report: Report
    let pack: RulePack

    /// The instances of the identities reporting under `rule`.
    static func identities(_ report: Report, _ pack: RulePack, rule: Rule) -> [any Identity] {
        let evaluator = ColumnIdentities(report: report, pack: pack)
        let stated = pack.identities.enumerated().filter { $0.element.rule == rule.rawValue }.flatMap { index, identity in
            evaluator.instances(identity, rule).map { (order: [$0.order.table, $0.order.side, $0.order.column, index], identity: $0.identity) }
        }
        return stated.sorted { $0.order.lexicographicallyPrecedes($1.order) }.map(\.identity)
    }

    private func instances(_ identity: PackIdentity, _ rule: Rule) -> [(order: (table: Int, side: Int, column: Int), identity: any Identity)] {
        guard case .eachColumn(let tables, let sideName, let total, let parts) = identity.form else { return [] }
        return tables.compactMap { pack.table($0).flatMap { TableView(report, $0) } }.flatMap { view in
            let tableIndex = report.tables.firstIndex { $0 == view.table } ?? report.tables.count
            return view.table.sides.enumerated().filter { sideName == nil || view.side(sideName) == $0.element }.flatMap { sideIndex, side in
                sums(view, side, total, parts, rule).map { (order: (tableIndex, sideIndex, $0.column), identity: $0.identity) }
            }
        }
    }

    /// Per column, the total row = the selected rows; none when a required row is missing or
    /// the parts select no row.
    private func sums(_ view: TableView, _ side: TableSide, _ total: RowSelection, _ parts: [RowSelection], _ rule: Rule)
        -> [(column: Int, identity: any Identity)] {
        guard let totalRow = Self.row(total, in: side) else { return [] }
        var rows: [TableRow] = []
        for part in parts {
            if part.pattern != nil {
                if let row = Self.row(part, in: side) { rows.append(row) } else if !part.optional { return [] }
            } else {
                rows += Self.rows(part, in: side, total: totalRow)
            }
        }
        guard !rows.isEmpty else { return [] }
        return side.columns.indices.compactMap { column in
            guard let stated = view.term(side, totalRow, column, label: Self.label(totalRow)) else { return nil }
            let terms = rows.compactMap { view.term(side, $0, column, label: Self.label($0)) }
            guard terms.count == rows.count else { return nil }
            return (column, SumIdentity(rule: rule, place: stated.id, stated: [stated], parts: terms))
        }
    }

    /// A coded row is named by its code, any other by its label.
    private static func label(_ row: TableRow) -> TermLabel {
        row.code == nil ? .row : .code
    }

    private static func row(_ selection: RowSelection, in side: TableSide) -> TableRow? {
        guard let pattern = selection.pattern else { return nil }
        return side.rows.first { $0.code == nil && RowSelection.label(Labels.normalised($0.label), matches: pattern) }
    }

    private static func rows(_ filter: RowSelection, in side: TableSide, total: TableRow) -> [TableRow] {
        let candidates = filter.aboveTotal ? Array(side.rows.prefix { $0 != total }) : side.rows
        return candidates.filter { row in
            let label = Labels.normalised(row.label)
            if let ordinal = filter.ordinal, Labels.hasOrdinal(row.label) != ordinal { return false }
            if let coded = filter.coded, (row.code != nil) != coded { return false }
            if let length = filter.codeLength, row.code?.count != length { return false }
            return filter.contains.isEmpty || filter.contains.contains { label.contains($0) }
        }
    }
}
