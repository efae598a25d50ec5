import ReportModel

/// Every coded parent equals the sum of its children, in every table and column: 类 (3 digits)
/// over 款 (5), 款 over 项 (7). 经济分类 codes stop at 款.
enum CodedHierarchyIdentities {
    static func identities(_ report: Report) -> [any Identity] {
        TableView.checkable(report).flatMap { table -> [any Identity] in
            table.sides.flatMap { identities(TableView(table), $0) }
        }
    }

    private static func identities(_ view: TableView, _ side: TableSide) -> [any Identity] {
        side.rows.flatMap { parent -> [any Identity] in
            guard let code = parent.code else { return [] }
            let children = side.rows.filter { child in
                guard let childCode = child.code else { return false }
                return childCode.count == code.count + 2 && childCode.hasPrefix(code)
            }
            guard !children.isEmpty else { return [] }
            return side.columns.indices.compactMap { column in
                identity(view, side, parent: parent, children: children, column: column)
            }
        }
    }

    private static func identity(_ view: TableView, _ side: TableSide, parent: TableRow, children: [TableRow], column: Int) -> SumIdentity? {
        guard let total = view.term(side, parent, column, label: .code) else { return nil }
        let parts = children.compactMap { view.term(side, $0, column, label: .code) }
        guard parts.count == children.count else { return nil }
        return SumIdentity(rule: .codedHierarchy, place: total.id, stated: [total], parts: parts)
    }
}
