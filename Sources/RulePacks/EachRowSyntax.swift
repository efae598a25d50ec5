import RulePackModel

/// A row identity of one table, stated in each of its rows:
///
///     each-row: {table: 表4:支出, total: 合计, parts: [一般公共预算财政拨款, 政府性基金预算财政拨款, …]}
///
/// `total` may list the names one column carries in different formats (`[本年支出合计, 合计]`),
/// the first the report prints is the total; a part written `?NAME` may be missing from the report.
enum EachRowSyntax {
    static func parse(_ value: PackNode, _ located: (CellReference, PackNode) -> CellReference) throws -> PackIdentity.Form {
        var table: (name: String, side: String?)?
        var totalNodes: [PackNode] = []
        var partNodes: [PackNode] = []
        for (key, _, item) in try value.entries(known: ["table", "total", "parts"]) {
            switch key {
            case "table":
                let words = try item.string().split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard let name = words.first, !name.isEmpty, words.allSatisfy({ !$0.isEmpty }) else {
                    throw item.error(en: "expected a table as 'TABLE[:SIDE]', got '\(try item.string())'", zh: "应为 '表[:栏]' 形式的表，实为 '\(try item.string())'")
                }
                table = (name, words.count > 1 ? words[1] : nil)
            case "total": totalNodes = item.node.sequence != nil ? try item.sequence() : [item]
            default: partNodes = try item.sequence()
            }
        }
        guard let table, !totalNodes.isEmpty, !partNodes.isEmpty else {
            throw value.error(en: "'each-row' needs a table, a total column and at least one part column", zh: "'each-row' 须有表、合计列和至少一个组成列")
        }
        func column(_ node: PackNode) throws -> CellReference {
            var name = try node.string().trimmingCharacters(in: .whitespaces)
            let optional = name.hasPrefix("?")
            if optional { name.removeFirst() }
            guard !name.isEmpty, !name.contains("/") else { throw node.error(en: "expected a column name, got '\(try node.string())'", zh: "应为列名，实为 '\(try node.string())'") }
            return located(CellReference(table: table.name, side: table.side, row: CellReference.eachRow, column: name, optional: optional), node)
        }
        return .eachRow(totals: try totalNodes.map(column), parts: try partNodes.map(column))
    }
}
