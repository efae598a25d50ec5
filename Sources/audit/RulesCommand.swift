import ArgumentParser
import AuditApp
import Foundation
import RulePackModel
import TextEscaping

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rule packs (report formats): built-in and the workspace's rules/*.yml; with --pack, its tables and identities.",
        discussion: "A pack with a mistake is reported as FILE:LINE:COLUMN: what is wrong, with exit status 2."
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Option(help: ArgumentHelp("Show this pack's tables and identities.", valueName: "id"))
    var pack: String?

    func run() throws {
        let directory = workspaceOptions.directory
        let lines = try pack.map { try Self.detail(ListRulePacks.pack($0, in: directory)) } ?? ListRulePacks.packs(in: directory).map(Self.summary)
        // Workspace packs are the user's text: their control characters are shown, not obeyed.
        FileHandle.standardOutput.write(Data((lines.map(TerminalText.visibleLine).joined(separator: "\n") + "\n").utf8))
    }

    private static func summary(_ pack: RulePack) -> String {
        let language = InterfaceLanguage.current
        let parent = pack.extends.map { language("  extends ", "  继承 ") + $0 } ?? ""
        let counts = language("\(pack.tables.count) tables, \(pack.identities.count) identities; ", "表 \(pack.tables.count) 张，勾稽关系 \(pack.identities.count) 项；")
        return "\(pack.id)  \(pack.name)\(parent)  (\(counts)\(pack.source))"
    }

    private static func detail(_ pack: RulePack) -> [String] {
        var lines = [summary(pack), "families: \(pack.families.map(\.rawValue).joined(separator: ", "))", "tables:"]
        lines += pack.tables.flatMap(table)
        lines.append("identities:")
        lines += pack.identities.map { "  \($0.id)  [\($0.rule)]  \($0.summary)  (\($0.origin))" }
        if !pack.restatements.isEmpty { lines.append("restatements:") }
        lines += pack.restatements.map { "  \($0.id)  \($0.pattern) → \($0.cell.description)\($0.unit ? " (万元 or 亿元)" : "")  (\($0.origin))" }
        if !pack.sections.isEmpty { lines.append("sections: \(pack.sections.joined(separator: ", "))") }
        return lines
    }

    private static func table(_ table: PackTable) -> [String] {
        var facts = [table.kind.map { "kind \($0.packName)" }, table.codes.map { "\($0.rawValue) codes" }].compactMap { $0 }
        if !table.sides.isEmpty { facts.append("sides \(table.sides.joined(separator: " | "))") }
        if !table.aliases.isEmpty { facts.append("also \(table.aliases.joined(separator: ", "))") }
        if !table.required { facts.append("optional") }
        let columns = table.sides.isEmpty || table.sideColumns.isEmpty
            ? table.columns.joined(separator: ", ")
            : table.sides.map { "\($0): \(table.columns(of: $0).joined(separator: ", "))" }.joined(separator: "; ")
        return ["  \(table.id)  \(table.title)  (\(facts.joined(separator: "; ")))", "      columns: \(columns)"]
    }
}
