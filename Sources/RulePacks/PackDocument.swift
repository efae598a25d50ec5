import Localization
import ReportModel
import RulePackModel
import Yams

/// One pack file as written, before the pack it extends is merged in and its cells checked.
struct PackDocument {
    struct Located<Value> {
        var value: Value
        var node: PackNode
    }

    var file: String
    var id: Located<String>
    var name: String?
    var extends: Located<String>?
    var families: [PackFamily]?
    var sections: [String]?
    var tables: [Located<PackTable>] = []
    var identities: [Located<PackIdentity>] = []
    /// Each identity's cells with the node that spells each, for errors pointing at the cell.
    var cells: [String: [Located<CellReference>]] = [:]
    /// Each `each-column` identity's tables and rows with the nodes that spell them.
    var columnSites: [String: ColumnSites] = [:]
    var drop: [Located<String>] = []
    /// Restatements, each with the node spelling its cell.
    var restatements: [Located<PackRestatement>] = []

    struct ColumnSites {
        var tables: [Located<String>]
        var rows: [Located<RowSelection>]
    }

    /// Yams' default resolver tries seven regular expressions on every mapping key (issue 19:
    /// 8.8 M instructions per process); a pack reads every scalar as text, so only the two tags
    /// that change what a mapping holds (`<<` merge keys, `=` value keys) need resolving.
    private static let resolver = Resolver.basic.appending(.merge).appending(.value)

    static let keys = ["id", "name", "extends", "families", "sections", "tables", "identities", "drop", "restatements"]

    init(yaml: String, file: String) throws {
        self.file = file
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, Self.resolver)
        } catch let error as YamlError {
            throw Self.syntaxError(error, file: file)
        }
        guard let root else { throw RulePackError(file: file, line: 1, column: 1, LocalizedText(en: "empty rule pack", zh: "规则包为空")) }
        let top = PackNode(node: root, file: file)
        let entries = try top.entries(known: Self.keys)
        guard let id = entries.first(where: { $0.key == "id" }) else { throw top.error(en: "a rule pack needs an 'id'", zh: "规则包缺少 'id'") }
        self.id = Located(value: try id.value.string(), node: id.value)
        for (key, _, value) in entries {
            switch key {
            case "name": name = try value.string()
            case "extends": extends = Located(value: try value.string(), node: value)
            case "families":
                families = try value.sequence().map { try $0.choice(PackFamily.allCases.map { ($0.rawValue, $0) }, what: LocalizedText(en: "family", zh: "勾稽关系族")) }
            case "sections": sections = try value.strings()
            case "tables": tables = try Self.tables(value)
            case "identities": try readIdentities(value)
            case "drop": drop = try value.sequence().map { Located(value: try $0.string(), node: $0) }
            case "restatements": try readRestatements(value)
            default: break
            }
        }
    }

    private static func tables(_ node: PackNode) throws -> [Located<PackTable>] {
        try node.entries(known: []).map { try Located(value: TableSyntax.parse(id: $0.key, $0.value), node: $0.keyNode) }
    }

    private mutating func readIdentities(_ node: PackNode) throws {
        for item in try node.sequence() {
            let parsed = try IdentitySyntax.parse(item)
            if cells[parsed.identity.id] != nil { throw item.error(en: "duplicate identity id '\(parsed.identity.id)'", zh: "勾稽关系 id '\(parsed.identity.id)' 重复") }
            identities.append(Located(value: parsed.identity, node: item))
            cells[parsed.identity.id] = parsed.cells
            columnSites[parsed.identity.id] = parsed.columnSites
        }
    }

    private mutating func readRestatements(_ node: PackNode) throws {
        for item in try node.sequence() {
            let parsed = try RestatementSyntax.parse(item)
            if restatements.contains(where: { $0.value.id == parsed.restatement.id }) {
                throw item.error(en: "duplicate restatement id '\(parsed.restatement.id)'", zh: "复述规则 id '\(parsed.restatement.id)' 重复")
            }
            restatements.append(Located(value: parsed.restatement, node: parsed.cell))
        }
    }

    /// Yams' own problem, with the place it names.
    private static func syntaxError(_ error: YamlError, file: String) -> RulePackError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return RulePackError(file: file, line: mark.line, column: mark.column, notYAML(problem))
        default:
            let reason = String(describing: error).split(separator: "\n").first.map(String.init) ?? ""
            return RulePackError(file: file, line: 1, column: 1, notYAML(reason))
        }
    }

    /// Yams' reason is quoted as it is, in either language.
    private static func notYAML(_ reason: String) -> LocalizedText {
        LocalizedText(en: "not valid YAML: \(reason)", zh: "不是有效的 YAML：\(reason)")
    }
}
