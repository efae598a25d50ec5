import ReportModel
import RulePackModel

/// The identities a rule pack names, stated on this report's cells. The one evaluator of pack
/// data: each instance is a `SumIdentity` or `BoundIdentity`, judged by the rounding-interval
/// rule and open to culprit diagnosis like every other identity.
struct PackIdentities {
    let report: Report
    let pack: RulePack

    /// The identities stated on named cells, in the pack's order.
    static func identities(_ report: Report, _ pack: RulePack) -> [any Identity] {
        let evaluator = PackIdentities(report: report, pack: pack)
        return pack.identities.filter { !$0.isEachRow && !$0.isEachColumn }.flatMap(evaluator.instances)
    }

    /// The `each-row` identities, in the report's order of tables, sides and total columns, then
    /// row by row: the order findings are listed in.
    static func rowIdentities(_ report: Report, _ pack: RulePack) -> [any Identity] {
        let evaluator = PackIdentities(report: report, pack: pack)
        return pack.identities.compactMap(evaluator.eachRow).sorted { $0.order < $1.order }.flatMap(\.identities)
    }

    private func instances(_ identity: PackIdentity) -> [any Identity] {
        guard let rule = Rule(rawValue: identity.rule) else { return [] }
        return bindings(identity.forEach).compactMap { values in
            guard holds(identity.when, values) else { return nil }
            return instance(identity, rule, values)
        }
    }

    /// Every combination of the loops' values, outermost loop first.
    private func bindings(_ loops: [PackIdentity.ForEach]) -> [[String: String]] {
        loops.reduce([[:]]) { partial, loop in
            let values = self.values(of: loop)
            return partial.flatMap { outer in values.map { outer.merging($0) { first, _ in first } } }
        }
    }

    private func values(of loop: PackIdentity.ForEach) -> [[String: String]] {
        guard let view = view(loop.table), let side = view.side() else { return [] }
        switch loop.over {
        case .columns:
            return side.columns.map { ["column": $0] }
        case .rows(let length, let total):
            return side.rows.filter { row in
                guard let code = row.code else { return total && ["合计", "总计"].contains(Labels.normalised(row.label)) }
                return length == nil || code.count == length
            }.map { row in
                let label = Labels.normalised(row.label)
                let name = row.code.map { label.isEmpty ? $0 : "\($0) \(label)" } ?? label
                return ["row": name, "code": row.code ?? "", "label": label]
            }
        }
    }

    private func holds(_ guardCells: [CellReference]?, _ values: [String: String]) -> Bool {
        guard let guardCells else { return true }
        let terms = guardCells.map { term($0.binding(values)) }
        guard let first = terms.first ?? nil else { return false }
        return terms.allSatisfy { $0?.amount.value == first.amount.value }
    }

    private func instance(_ identity: PackIdentity, _ rule: Rule, _ values: [String: String]) -> (any Identity)? {
        switch identity.form {
        case .equal(let left, let right):
            guard let stated = term(left.binding(values)), let other = term(right.binding(values)) else { return nil }
            return SumIdentity(rule: rule, place: place(identity, stated, other, "↔"), stated: [stated], parts: [other])
        case .sum(let totals, let parts, let label):
            let stated = totals.compactMap { term($0.binding(values)) }
            guard stated.count == totals.count, let terms = self.parts(parts, values) else { return nil }
            return SumIdentity(rule: rule, place: place(identity, stated[0], terms[0], "↔"), stated: stated, parts: terms, statedLabel: label)
        case .bound(let parts, let whole):
            guard let whole = term(whole.binding(values)), let terms = self.parts(parts, values) else { return nil }
            return BoundIdentity(rule: rule, place: place(identity, terms[0], whole, "≤"), whole: whole, parts: terms)
        case .eachRow, .eachColumn:
            return nil
        }
    }

    /// An `each-row` identity in every row of its side, with where its total column stands in
    /// the report; nil when the report does not print the total or a required part.
    private func eachRow(_ identity: PackIdentity) -> (order: (Int, Int, Int), identities: [any Identity])? {
        guard case .eachRow(let totals, let parts) = identity.form, let rule = Rule(rawValue: identity.rule),
              let view = view(totals[0].table), let side = totals[0].side.map({ view.side($0) }) ?? view.side(),
              let total = totals.lazy.compactMap({ side.columns.firstIndex(of: $0.column ?? "") }).first else { return nil }
        var columns: [(index: Int, label: String?)] = []
        for part in parts {
            if let index = side.columns.firstIndex(of: part.column ?? "") { columns.append((index, part.label)) } else if !part.optional { return nil }
        }
        let instances = side.rows.compactMap { row -> (any Identity)? in
            guard let stated = view.term(side, row, total, label: .column) else { return nil }
            let terms = columns.compactMap { view.term(side, row, $0.index, label: $0.label.map(TermLabel.custom) ?? .column) }
            return SumIdentity(rule: rule, place: stated.id, stated: [stated], parts: terms)
        }
        let tableIndex = report.tables.firstIndex { $0 == view.table } ?? report.tables.count
        let sideIndex = view.table.sides.firstIndex { $0 == side } ?? 0
        return ((tableIndex, sideIndex, total), instances)
    }

    /// The parts the report prints; nil when a required one is missing or none is left.
    private func parts(_ cells: [CellReference], _ values: [String: String]) -> [Term]? {
        var terms: [Term] = []
        for cell in cells {
            if let found = term(cell.binding(values)) { terms.append(found) } else if !cell.optional { return nil }
        }
        return terms.isEmpty ? nil : terms
    }

    /// "{first} ↔ {table}": the first term's location and the table of the other.
    private func place(_ identity: PackIdentity, _ first: Term, _ other: Term, _ relation: String) -> String {
        let table = other.id.components(separatedBy: " / ")[0]
        return (identity.place ?? "{first} \(relation) {table}")
            .replacingOccurrences(of: "{first}", with: first.id)
            .replacingOccurrences(of: "{table}", with: table)
    }

    /// The cell as a term, or nil when the report does not print that table, row or column.
    private func term(_ cell: CellReference) -> Term? {
        guard let view = view(cell.table) else { return nil }
        let sides = cell.side.map { name in view.side(name).map { [$0] } ?? [] } ?? view.table.sides
        for side in sides {
            guard let row = row(cell.row, in: side) else { continue }
            guard let column = column(cell.column, in: side) else { return nil }
            let name = row.code ?? Labels.name(row.label)
            let label = (cell.label ?? "{table} \(name)").replacingOccurrences(of: "{table}", with: view.name)
            return view.term(side, row, column, label: .custom(label))
        }
        return nil
    }

    /// A row by code ("30212", or "2010301 行政运行" for code and label), by label exactly as
    /// printed (blanks aside), else by its name without the 一、 ordinal (`=LABEL`: only as
    /// printed); `only` for the one row.
    private func row(_ selector: String, in side: TableSide) -> TableRow? {
        if selector == CellReference.onlyRow { return side.rows.first }
        let code = selector.prefix { $0.isASCII && $0.isNumber }
        if !code.isEmpty {
            let label = selector.dropFirst(code.count).trimmingCharacters(in: .whitespaces)
            return side.rows.first { $0.code == String(code) && (label.isEmpty || Labels.normalised($0.label) == label) }
        }
        let uncoded = side.rows.filter { $0.code == nil }
        if selector.first == CellReference.exactRow {
            return uncoded.first { Labels.normalised($0.label) == selector.dropFirst() }
        }
        return uncoded.first { Labels.normalised($0.label) == selector } ?? uncoded.first { Labels.name($0.label) == selector }
    }

    /// The column of that name; with no name, the side's only column.
    private func column(_ name: String?, in side: TableSide) -> Int? {
        guard let name else { return side.columns.count == 1 ? 0 : nil }
        return side.columns.firstIndex(of: name)
    }

    private func view(_ id: String) -> TableView? {
        pack.table(id).flatMap { TableView(report, $0) }
    }
}
