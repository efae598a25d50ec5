import Localization
import RulePackModel

/// An identity entry of a pack:
///
///     - id: income-total
///       rule: cross-table
///       equal: [表1:收入 / 本年收入合计 / 金额, 表2 / 合计 / 本年收入合计]
///
/// or `sum: {total: CELL, parts: [CELL, …]}`, `bound: {parts: [CELL, …], whole: CELL}`,
/// `each-row: {table: TABLE[:SIDE], total: COLUMN, parts: [COLUMN, …]}` (in every row),
/// `each-column: {table: [TABLE, …], total: ROW, parts: [ROW or {filter}, …]}` (in every column), with
/// optional `for-each: [{rows-of: 表3, codes: 3}, {columns-of: 表5}]`, `when: [CELL, CELL]` and
/// `place: "{first} ↔ 表1"`.
enum IdentitySyntax {
    static let keys = ["id", "rule", "equal", "sum", "bound", "each-row", "each-column", "for-each", "when", "place"]
    static let forms = ["equal", "sum", "bound", "each-row", "each-column"]

    static func parse(_ node: PackNode) throws
        -> (identity: PackIdentity, cells: [PackDocument.Located<CellReference>], columnSites: PackDocument.ColumnSites?) {
        var id: String?
        var rule = "cross-table"
        var form: PackIdentity.Form?
        var loops: [PackIdentity.ForEach] = []
        var when: [CellReference]?
        var place: String?
        var cells: [PackDocument.Located<CellReference>] = []
        var sites: PackDocument.ColumnSites?
        func located(_ reference: CellReference, _ node: PackNode) -> CellReference {
            cells.append(PackDocument.Located(value: reference, node: node))
            return reference
        }
        func cell(_ node: PackNode) throws -> CellReference {
            located(try ReferenceSyntax.parse(node), node)
        }
        for (key, keyNode, value) in try node.entries(known: keys) {
            switch key {
            case "id": id = try value.string()
            case "rule": rule = try value.choice(PackIdentity.rules.map { ($0, $0) }, what: LocalizedText(en: "rule", zh: "规则"))
            case "equal", "sum", "bound", "each-row", "each-column":
                guard form == nil else { throw keyNode.error(en: "an identity is one of \(forms.joined(separator: ", "))", zh: "一条勾稽关系只能是 \(forms.joined(separator: "、")) 之一") }
                if key == "each-column" {
                    let parsed = try EachColumnSyntax.parse(value)
                    form = parsed.form
                    sites = PackDocument.ColumnSites(tables: parsed.tables.map { PackDocument.Located(value: $0.0, node: $0.1) },
                                                     rows: parsed.rows.map { PackDocument.Located(value: $0.0, node: $0.1) })
                } else {
                    form = try self.form(key, value, cell, located)
                }
            case "for-each":
                let items = value.node.sequence != nil ? try value.sequence() : [value]
                loops = try items.map(loop)
            case "when":
                let pair = try value.sequence()
                guard pair.count == 2 else { throw value.error(en: "'when' names two cells that must hold the same value", zh: "'when' 须列出两个取值必须相同的单元格") }
                when = try pair.map(cell)
            default: place = try value.string()
            }
        }
        guard let id else { throw node.error(en: "an identity needs an 'id'", zh: "勾稽关系缺少 'id'") }
        guard let form else { throw node.error(en: "identity '\(id)' needs one of \(forms.joined(separator: ", "))", zh: "勾稽关系 '\(id)' 须有 \(forms.joined(separator: "、")) 之一") }
        if case .eachRow = form, !loops.isEmpty || when != nil {
            throw node.error(en: "identity '\(id)': 'each-row' states itself in every row, it takes no for-each or when",
                             zh: "勾稽关系 '\(id)'：'each-row' 逐行成立，不接受 for-each 或 when")
        }
        if case .eachColumn = form, !loops.isEmpty || when != nil || place != nil {
            throw node.error(en: "identity '\(id)': 'each-column' states itself in every column, it takes no for-each, when or place",
                             zh: "勾稽关系 '\(id)'：'each-column' 逐列成立，不接受 for-each、when 或 place")
        }
        return (PackIdentity(id: id, rule: rule, form: form, forEach: loops, when: when, place: place, origin: node.origin), cells, sites)
    }

    private static func form(_ key: String, _ value: PackNode, _ cell: (PackNode) throws -> CellReference,
                             _ located: (CellReference, PackNode) -> CellReference) throws -> PackIdentity.Form {
        switch key {
        case "equal":
            let pair = try value.sequence()
            guard pair.count == 2 else { throw value.error(en: "'equal' names two cells", zh: "'equal' 须列出两个单元格") }
            return .equal(try cell(pair[0]), try cell(pair[1]))
        case "sum":
            return try sum(value, cell)
        case "each-row":
            return try EachRowSyntax.parse(value, located)
        default:
            let (whole, parts) = try cellAndParts(value, single: "whole", singleZh: "整体", cell)
            return .bound(parts: parts, whole: whole)
        }
    }

    /// `{total: CELL, parts: [CELL, …]}`, or two sides of a balance: `{total: [CELL, CELL],
    /// as: 年初 + 本年收入, parts: [CELL, CELL]}`.
    private static func sum(_ value: PackNode, _ cell: (PackNode) throws -> CellReference) throws -> PackIdentity.Form {
        var totals: [CellReference] = []
        var parts: [CellReference] = []
        var label: String?
        for (name, _, item) in try value.entries(known: ["total", "parts", "as"]) {
            switch name {
            case "total": totals = try (item.node.sequence != nil ? item.sequence() : [item]).map(cell)
            case "parts": parts = try item.sequence().map(cell)
            default: label = try item.string()
            }
        }
        guard !totals.isEmpty, !parts.isEmpty else { throw value.error(en: "needs a total and at least one part", zh: "须有一个合计和至少一个组成项") }
        if label != nil, totals.count < 2 { throw value.error(en: "'as' names a total of several cells; this total is one", zh: "'as' 用于命名由多个单元格组成的合计，而此合计只有一个单元格") }
        return .sum(totals: totals, parts: parts, label: label)
    }

    /// `{whole: CELL, parts: […]}`.
    private static func cellAndParts(_ value: PackNode, single: String, singleZh: String, _ cell: (PackNode) throws -> CellReference) throws
        -> (CellReference, [CellReference]) {
        var one: CellReference?
        var parts: [CellReference] = []
        for (name, _, item) in try value.entries(known: [single, "parts"]) {
            if name == single { one = try cell(item) } else { parts = try item.sequence().map(cell) }
        }
        guard let one, !parts.isEmpty else { throw value.error(en: "needs a \(single) and at least one part", zh: "须有一个\(singleZh)（\(single)）和至少一个组成项") }
        return (one, parts)
    }

    private static func loop(_ node: PackNode) throws -> PackIdentity.ForEach {
        var rowsOf: String?
        var columnsOf: String?
        var length: Int?
        var total = false
        for (key, _, value) in try node.entries(known: ["rows-of", "columns-of", "codes", "total"]) {
            switch key {
            case "rows-of": rowsOf = try value.string()
            case "columns-of": columnsOf = try value.string()
            case "codes":
                let text = try value.string()
                guard text == "any" || ["3", "5", "7"].contains(text) else { throw value.error(en: "expected 3, 5, 7 or any, got '\(text)'", zh: "应为 3、5、7 或 any，实为 '\(text)'") }
                length = Int(text)
            default: total = try value.bool()
            }
        }
        if let rowsOf, columnsOf == nil { return PackIdentity.ForEach(table: rowsOf, over: .rows(codeLength: length, total: total)) }
        if let columnsOf, rowsOf == nil { return PackIdentity.ForEach(table: columnsOf, over: .columns) }
        throw node.error(en: "'for-each' names one of rows-of or columns-of", zh: "'for-each' 须指定 rows-of 或 columns-of 之一")
    }
}
