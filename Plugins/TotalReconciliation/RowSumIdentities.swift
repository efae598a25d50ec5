import ReportModel

/// Within each row, a total column equals the columns it totals: 表2 本年收入合计 = Σ sources,
/// 表3 本年支出合计 = 基本 + 项目 + …, 表4 合计 = the three funds, 表7 合计 = 因公出国 + 公务用车小计
/// + 公务接待 and 小计 = 购置 + 运行, 表8 本年支出小计 = 基本 + 项目.
///
/// Column names are paths ("决算数·公务用车购置及运行费·小计"): a total's components are the
/// columns one level below its parent, where a nested group counts through its own 小计.
enum RowSumIdentities {
    private static let totalNames: Set<String> = ["合计", "小计", "本年收入合计", "本年支出合计"]

    static func identities(_ report: Report) -> [any Identity] {
        TableView.checkable(report).flatMap { table -> [any Identity] in
            table.sides.flatMap { identities(TableView(table), $0) }
        }
    }

    private static func identities(_ view: TableView, _ side: TableSide) -> [any Identity] {
        let paths = side.columns.map { $0.components(separatedBy: "·") }
        return paths.indices.flatMap { total -> [any Identity] in
            let components = components(of: total, in: paths)
            guard components.count >= 2 else { return [] }
            return side.rows.compactMap { identity(view, side, $0, total: total, components: components) }
        }
    }

    static func components(of total: Int, in paths: [[String]]) -> [Int] {
        guard let last = paths[total].last, totalNames.contains(last) else { return [] }
        let parent = Array(paths[total].dropLast())
        return paths.indices.filter { index in
            let path = paths[index]
            guard index != total, path.count > parent.count, Array(path.prefix(parent.count)) == parent else { return false }
            let rest = path.dropFirst(parent.count)
            return rest.count == 1 ? !totalNames.contains(rest.first!) : (rest.count == 2 && rest.last == "小计")
        }
    }

    private static func identity(_ view: TableView, _ side: TableSide, _ row: TableRow, total: Int, components: [Int]) -> SumIdentity? {
        guard let stated = view.term(side, row, total, label: .column) else { return nil }
        let parts = components.compactMap { view.term(side, row, $0, label: .column) }
        guard parts.count == components.count else { return nil }
        return SumIdentity(rule: .rowSum, place: stated.id, stated: [stated], parts: parts)
    }
}
