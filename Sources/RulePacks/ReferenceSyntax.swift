import RulePackModel

/// How a pack spells a cell: `[?]TABLE[:SIDE] / ROW [/ COLUMN] [as LABEL]`, e.g.
/// `表1:收入 / 本年收入合计 / 金额 as 表1 本年收入合计`. A leading `?` marks a part the identity
/// may do without when the report lacks the row.
enum ReferenceSyntax {
    static func parse(_ node: PackNode) throws -> CellReference {
        let cell = try split(node, expected: "TABLE[:SIDE] / ROW [/ COLUMN]")
        return CellReference(table: cell.table, side: cell.side, row: cell.row, column: cell.column, label: cell.label, optional: cell.optional)
    }

    /// The words of `[?]TABLE[:SIDE] / ROW [/ COLUMN] [as LABEL]`; `expected` names the form in
    /// the error.
    static func split(_ node: PackNode, expected: String) throws
        -> (table: String, side: String?, row: String, column: String?, label: String?, optional: Bool) {
        var text = try node.string().trimmingCharacters(in: .whitespaces)
        var label: String?
        if let range = text.range(of: " as ") {
            label = String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces)
            text = String(text[..<range.lowerBound])
        }
        let optional = text.hasPrefix("?")
        if optional { text.removeFirst() }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else {
            throw node.error(en: "expected a cell as '\(expected)', got '\(try node.string())'", zh: "应为 '\(expected)' 形式的单元格，实为 '\(try node.string())'")
        }
        let tableAndSide = parts[0].split(separator: ":", maxSplits: 1).map(String.init)
        return (tableAndSide[0], tableAndSide.count > 1 ? tableAndSide[1] : nil, parts[1], parts.count > 2 ? parts[2] : nil, label, optional)
    }
}
