import RulePackModel

/// An identity between rows of tables' sides, stated in each of their columns:
///
///     each-column: {table: [表1, 表4], total: 本年*合计, parts: [{ordinal: true, above-total: true}]}
///
/// `table` is one `TABLE[:SIDE]` or a list of tables (every side of each); `total` one row by its
/// label (`*` stands for any text); each part one row (`?LABEL` when the report may lack it) or a
/// filter of rows: `ordinal`, `coded`, `codes` (3, 5 or 7 digits), `contains` (words, any of
/// which the label holds) and `above-total`.
enum EachColumnSyntax {
    static let filterKeys = ["ordinal", "coded", "codes", "contains", "above-total"]

    /// The form, and each table with the node naming it, for validation.
    static func parse(_ value: PackNode) throws -> (form: PackIdentity.Form, tables: [(String, PackNode)], rows: [(RowSelection, PackNode)]) {
        var tables: [(String, PackNode)] = []
        var side: String?
        var total: RowSelection?
        var parts: [RowSelection] = []
        var rows: [(RowSelection, PackNode)] = []
        for (key, _, item) in try value.entries(known: ["table", "total", "parts"]) {
            switch key {
            case "table":
                let nodes = item.node.sequence != nil ? try item.sequence() : [item]
                for node in nodes {
                    let words = try node.string().split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    guard let name = words.first, !name.isEmpty, words.allSatisfy({ !$0.isEmpty }), nodes.count == 1 || words.count == 1 else {
                        throw node.error(en: "expected a table as 'TABLE[:SIDE]' or a list of tables, got '\(try node.string())'",
                                         zh: "应为 '表[:栏]' 形式的表或表的列表，实为 '\(try node.string())'")
                    }
                    tables.append((name, node))
                    if words.count > 1 { side = words[1] }
                }
            case "total":
                let row = try single(item)
                rows.append((row, item))
                total = row
            default:
                for node in try item.sequence() {
                    let row = node.node.mapping != nil ? try filter(node) : try single(node)
                    rows.append((row, node))
                    parts.append(row)
                }
            }
        }
        guard !tables.isEmpty, let total, !parts.isEmpty else {
            throw value.error(en: "'each-column' needs a table, a total row and at least one part", zh: "'each-column' 须有表、合计行和至少一个组成项")
        }
        return (.eachColumn(tables: tables.map(\.0), side: side, total: total, parts: parts), tables, rows)
    }

    private static func single(_ node: PackNode) throws -> RowSelection {
        var label = try node.string().filter { !$0.isWhitespace }
        let optional = label.hasPrefix("?")
        if optional { label.removeFirst() }
        guard !label.isEmpty, !label.contains("/") else { throw node.error(en: "expected a row label, got '\(try node.string())'", zh: "应为行名，实为 '\(try node.string())'") }
        return RowSelection(pattern: label, optional: optional)
    }

    private static func filter(_ node: PackNode) throws -> RowSelection {
        var row = RowSelection()
        for (key, _, value) in try node.entries(known: filterKeys) {
            switch key {
            case "ordinal": row.ordinal = try value.bool()
            case "coded": row.coded = try value.bool()
            case "codes":
                let text = try value.string()
                guard let length = Int(text), [3, 5, 7].contains(length) else { throw value.error(en: "expected 3, 5 or 7, got '\(text)'", zh: "应为 3、5 或 7，实为 '\(text)'") }
                row.codeLength = length
            case "contains": row.contains = try value.strings()
            default: row.aboveTotal = try value.bool()
            }
        }
        return row
    }
}
