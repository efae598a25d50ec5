import Localization
import ReportModel
import RulePackModel

/// A table entry of a pack: `表6: {title: …, kind: basic-expenditure-detail, sides: […], columns: […]}`.
enum TableSyntax {
    static let keys = ["title", "aliases", "kind", "sides", "columns", "rows", "codes", "required", "section", "subject"]

    /// The parser's kinds as packs spell them: "basic-expenditure-detail".
    static let kinds: [(String, TableKind)] = TableKind.allCases.filter { $0 != .other }.map { ($0.packName, $0) }

    static func parse(id: String, _ node: PackNode) throws -> PackTable {
        var table = PackTable(id: id, title: "")
        var titled = false
        for (key, _, value) in try node.entries(known: keys) {
            switch key {
            case "title": table.title = try value.string(); titled = true
            case "aliases": table.aliases = try value.strings()
            case "kind": table.kind = try value.choice(kinds, what: LocalizedText(en: "table kind", zh: "表类型"))
            case "sides": table.sides = try value.strings()
            case "columns":
                if value.node.mapping != nil {
                    let sides = try value.entries(known: [])
                    table.sideColumns = Dictionary(uniqueKeysWithValues: try sides.map { ($0.key, try $0.value.strings()) })
                    table.columns = sides.flatMap { table.sideColumns[$0.key] ?? [] }
                } else {
                    table.columns = try value.strings()
                }
            case "rows": table.rows = try value.strings()
            case "codes": table.codes = try value.choice(CodeSystem.allCases.map { ($0.rawValue, $0) }, what: LocalizedText(en: "code system", zh: "科目编码体系"))
            case "required": table.required = try value.bool()
            case "section": table.section = try value.string()
            default: table.subject = try value.string()
            }
        }
        guard titled else { throw node.error(en: "table '\(id)' needs a 'title'", zh: "表 '\(id)' 缺少 'title'") }
        return table
    }
}
