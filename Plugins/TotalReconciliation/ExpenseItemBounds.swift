import ReportModel

/// 表6 prints basic spending only, 表7 all spending on the "三公" items, so each 表6 item is at
/// most the matching 表7 决算 figure: 30212 因公出国, 30217 公务接待, 30231 公务用车运行, 31013 公务用车购置.
enum ExpenseItemBounds {
    private static let items: [(code: String, column: String)] = [
        ("30212", "因公出国（境）费"), ("30217", "公务接待费"), ("30231", "公务用车运行费"), ("31013", "公务用车购置费"),
    ]

    static func identities(_ report: Report) -> [any Identity] {
        guard let detail = TableView(report, .basicExpenditureDetail), let threePublic = TableView(report, .threePublicExpenses),
              let side = threePublic.side(), let row = side.rows.first else { return [] }
        return items.compactMap { item -> (any Identity)? in
            guard let detailSide = detail.table.sides.first(where: { $0.row(code: item.code) != nil }),
                  let detailRow = detailSide.row(code: item.code),
                  let part = detail.term(detailSide, detailRow, 0, label: .custom("表6 \(item.code)")),
                  let column = threePublic.column(side, where: { $0.hasPrefix("决算数") && $0.hasSuffix(item.column) }),
                  let whole = threePublic.term(side, row, column, label: .custom("表7 \(side.columns[column])")) else { return nil }
            return BoundIdentity(rule: .crossTable, place: "\(part.id) ≤ 表7", whole: whole, parts: [part])
        }
    }
}
