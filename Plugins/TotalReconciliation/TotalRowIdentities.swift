import ReportModel

/// The 合计 row of a coded table (and 表6's 人员经费合计 / 公用经费合计) equals the sum of its
/// top-level (类) rows, column by column.
enum TotalRowIdentities {
    static func identities(_ report: Report) -> [any Identity] {
        TableView.checkable(report).flatMap { table -> [any Identity] in
            table.sides.flatMap { identities(TableView(table), $0) }
        }
    }

    private static func identities(_ view: TableView, _ side: TableSide) -> [any Identity] {
        let topLevel = side.rows.filter { $0.code?.count == 3 }
        guard !topLevel.isEmpty, let total = view.row(side, where: { $0.hasSuffix("合计") }) else { return [] }
        return side.columns.indices.compactMap { column -> SumIdentity? in
            guard let stated = view.term(side, total, column, label: .row) else { return nil }
            let parts = topLevel.compactMap { view.term(side, $0, column, label: .code) }
            guard parts.count == topLevel.count else { return nil }
            return SumIdentity(rule: .totalRow, place: stated.id, stated: [stated], parts: parts)
        }
    }
}
