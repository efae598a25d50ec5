import ReportModel
import RulePackModel

/// Every coded parent equals the sum of its children, in every column: 类 (3 digits) over 款 (5),
/// 款 over 项 (7); 经济分类 codes stop at 款. Which rows are parents depends on the codes the report
/// prints, so this stays Swift; the pack says which tables take part and in which code system
/// (`codes: functional`). Without a pack, every table, parent and child two digits apart.
enum CodedHierarchyIdentities {
    static func identities(_ report: Report, pack: RulePack?) -> [any Identity] {
        TableView.checkable(report).flatMap { table -> [any Identity] in
            guard let lengths = codeLengths(table, pack) else { return [] }
            return table.sides.flatMap { identities(TableView(table), $0, lengths) }
        }
    }

    /// The code lengths of the table's system in the pack, parents before children; nil when
    /// the pack gives the table none; empty (any length) without a pack.
    private static func codeLengths(_ table: Table, _ pack: RulePack?) -> [Int]? {
        guard let pack else { return [] }
        let described = pack.tables.first { $0.kind.map { $0 == table.kind } ?? $0.matches(title: table.title) }
        return described?.codes?.lengths
    }

    private static func identities(_ view: TableView, _ side: TableSide, _ lengths: [Int]) -> [any Identity] {
        side.rows.flatMap { parent -> [any Identity] in
            guard let code = parent.code, let childLength = childLength(code.count, lengths) else { return [] }
            let children = side.rows.filter { child in
                guard let childCode = child.code else { return false }
                return childCode.count == childLength && childCode.hasPrefix(code)
            }
            guard !children.isEmpty else { return [] }
            return side.columns.indices.compactMap { column in
                identity(view, side, parent: parent, children: children, column: column)
            }
        }
    }

    /// The next length of the system after `length`; two digits more where any length goes.
    private static func childLength(_ length: Int, _ lengths: [Int]) -> Int? {
        guard !lengths.isEmpty else { return length + 2 }
        guard let index = lengths.firstIndex(of: length), index + 1 < lengths.count else { return nil }
        return lengths[index + 1]
    }

    private static func identity(_ view: TableView, _ side: TableSide, parent: TableRow, children: [TableRow], column: Int) -> SumIdentity? {
        guard let total = view.term(side, parent, column, label: .code) else { return nil }
        let parts = children.compactMap { view.term(side, $0, column, label: .code) }
        guard parts.count == children.count else { return nil }
        return SumIdentity(rule: .codedHierarchy, place: total.id, stated: [total], parts: parts)
    }
}
