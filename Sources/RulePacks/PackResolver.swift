import Localization
import RulePackModel

/// Packs from their files: each merged with the pack it extends (its tables and identities,
/// replaced where the child names the same id, dropped where it says `drop`), then every cell
/// checked against the merged pack's tables.
struct PackResolver {
    private let documents: [String: PackDocument]

    /// Later documents override earlier ones of the same id (a workspace's over the built-in).
    init(_ documents: [PackDocument]) {
        var byID: [String: PackDocument] = [:]
        for document in documents { byID[document.id.value] = document }
        self.documents = byID
    }

    func packs() throws -> [RulePack] {
        try documents.keys.sorted().map { try resolve($0, visiting: []).pack }
    }

    private struct Merged {
        var pack: RulePack
        var cells: [String: [PackDocument.Located<CellReference>]]
        var columnSites: [String: PackDocument.ColumnSites] = [:]
        var restatementCells: [String: PackNode] = [:]
    }

    private func resolve(_ id: String, visiting: [String]) throws -> Merged {
        guard let document = documents[id] else { preconditionFailure("resolve is called with known ids") }
        var merged = Merged(pack: RulePack(id: id, name: document.name ?? id, tables: [], families: PackFamily.allCases, identities: [],
                                           source: document.file), cells: [:])
        if let parent = document.extends {
            guard documents[parent.value] != nil else {
                throw parent.node.error(LocalizedText(en: "unknown pack '\(parent.value)'", zh: "未知的规则包 '\(parent.value)'") + .known(documents.keys.sorted()))
            }
            if visiting.contains(parent.value) || parent.value == id {
                throw parent.node.error(en: "cycle: \((visiting + [id, parent.value]).joined(separator: " extends "))",
                                        zh: "循环引用：\((visiting + [id, parent.value]).joined(separator: " 继承 "))")
            }
            let base = try resolve(parent.value, visiting: visiting + [id])
            merged.pack.tables = base.pack.tables
            merged.pack.families = base.pack.families
            merged.pack.identities = base.pack.identities
            merged.pack.sections = base.pack.sections
            merged.cells = base.cells
            merged.columnSites = base.columnSites
            merged.pack.restatements = base.pack.restatements
            merged.restatementCells = base.restatementCells
            merged.pack.extends = parent.value
        }
        try apply(document, to: &merged)
        try validate(merged)
        return merged
    }

    private func apply(_ document: PackDocument, to merged: inout Merged) throws {
        for dropped in document.drop {
            guard merged.pack.identities.contains(where: { $0.id == dropped.value }) else {
                throw dropped.node.error(en: "unknown identity '\(dropped.value)' to drop", zh: "要删除的勾稽关系 '\(dropped.value)' 不存在")
            }
            merged.pack.identities.removeAll { $0.id == dropped.value }
        }
        for table in document.tables {
            if let index = merged.pack.tables.firstIndex(where: { $0.id == table.value.id }) {
                merged.pack.tables[index] = table.value
            } else {
                merged.pack.tables.append(table.value)
            }
        }
        for identity in document.identities {
            if let index = merged.pack.identities.firstIndex(where: { $0.id == identity.value.id }) {
                merged.pack.identities[index] = identity.value
            } else {
                merged.pack.identities.append(identity.value)
            }
            merged.cells[identity.value.id] = document.cells[identity.value.id]
            merged.columnSites[identity.value.id] = document.columnSites[identity.value.id]
        }
        for restatement in document.restatements {
            if let index = merged.pack.restatements.firstIndex(where: { $0.id == restatement.value.id }) {
                merged.pack.restatements[index] = restatement.value
            } else {
                merged.pack.restatements.append(restatement.value)
            }
            merged.restatementCells[restatement.value.id] = restatement.node
        }
        if let families = document.families { merged.pack.families = families }
        if let sections = document.sections { merged.pack.sections = sections }
    }

    private func validate(_ merged: Merged) throws {
        for restatement in merged.pack.restatements {
            guard let node = merged.restatementCells[restatement.id] else { continue }
            try CellValidation(pack: merged.pack, bound: ["subject"]).check(restatement.cell, at: node)
        }
        for identity in merged.pack.identities {
            var bound = Set<String>()
            for loop in identity.forEach {
                guard merged.pack.table(loop.table) != nil else {
                    throw RulePackError(origin: identity.origin, LocalizedText(en: "unknown table '\(loop.table)' in for-each", zh: "for-each 中未知的表 '\(loop.table)'")
                                        + .known(merged.pack.tables.map(\.id)))
                }
                switch loop.over {
                case .rows: bound.formUnion(["row", "code", "label"])
                case .columns: bound.insert("column")
                }
            }
            if case .eachRow = identity.form { bound.insert(String(CellReference.eachRow.dropFirst().dropLast())) }
            let validation = CellValidation(pack: merged.pack, bound: bound)
            if case .eachColumn(_, let side, _, _) = identity.form, let sites = merged.columnSites[identity.id] {
                try validation.check(sites, side: side)
            }
            var alternatives: [PackDocument.Located<CellReference>] = []
            for cell in merged.cells[identity.id] ?? [] {
                if case .eachRow(let totals, _) = identity.form, totals.count > 1, totals.contains(cell.value) {
                    alternatives.append(cell)
                } else {
                    try validation.check(cell.value, at: cell.node)
                }
            }
            // A total's other names belong to other formats: one of them must be this pack's.
            if let first = alternatives.first, !alternatives.contains(where: { (try? validation.check($0.value, at: $0.node)) != nil }) {
                try validation.check(first.value, at: first.node)
            }
        }
    }
}

extension RulePackError {
    /// An error at an identity's origin, "file:line:column".
    init(origin: String, _ problem: LocalizedText) {
        let parts = origin.split(separator: ":").map(String.init)
        let column = parts.count >= 3 ? Int(parts[parts.count - 1]) ?? 1 : 1
        let line = parts.count >= 3 ? Int(parts[parts.count - 2]) ?? 1 : 1
        self.init(file: parts.count >= 3 ? parts.dropLast(2).joined(separator: ":") : origin, line: line, column: column, problem)
    }
}
