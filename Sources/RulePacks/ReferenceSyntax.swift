import RulePackModel

/// How a pack spells a cell: `[?]TABLE[:SIDE] / ROW [/ COLUMN] [as LABEL]`, e.g.
/// `表1:收入 / 本年收入合计 / 金额 as 表1 本年收入合计`. A leading `?` marks a part the identity
/// may do without when the report lacks the row.
enum ReferenceSyntax {
    static func parse(_ node: PackNode) throws -> CellReference {
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
            throw node.error("expected a cell as 'TABLE[:SIDE] / ROW [/ COLUMN]', got '\(try node.string())'")
        }
        let tableAndSide = parts[0].split(separator: ":", maxSplits: 1).map(String.init)
        return CellReference(table: tableAndSide[0], side: tableAndSide.count > 1 ? tableAndSide[1] : nil, row: parts[1],
                             column: parts.count > 2 ? parts[2] : nil, label: label, optional: optional)
    }
}
