import ArgumentParser
import AuditApp
import Foundation
import RulePackModel
import TextEscaping

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: InterfaceLanguage.text("List the rule packs (report formats): built-in and the workspace's rules/*.yml; with --pack, its tables and identities.", "列出规则包（报告格式）：内置的和工作区 rules/*.yml 中的；用 --pack 时列出该规则包的表和勾稽关系。"),
        discussion: InterfaceLanguage.text("A pack with a mistake is reported as FILE:LINE:COLUMN: what is wrong, with exit status 2.", "有错误的规则包报告为“文件:行:列: 错误所在”，退出状态为 2。")
    ).parsedUnderAudit

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Option(help: InterfaceLanguage.help("Show this pack's tables and identities.", "显示此规则包的表和勾稽关系。", valueName: "id"))
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
        let language = InterfaceLanguage.current
        var lines = [summary(pack), language("families: ", "报告类别：") + pack.families.map(\.rawValue).joined(separator: ", "), language("tables:", "表：")]
        lines += pack.tables.flatMap(table)
        lines.append(language("identities:", "勾稽关系："))
        lines += pack.identities.map { "  \($0.id)  [\($0.rule)]  \($0.summary)  (\($0.origin))" }
        if !pack.restatements.isEmpty { lines.append(language("restatements:", "文字复述：")) }
        let eitherUnit = language(" (万元 or 亿元)", "（万元或亿元）")
        lines += pack.restatements.map { "  \($0.id)  \($0.pattern) → \($0.cell.description)\($0.unit ? eitherUnit : "")  (\($0.origin))" }
        if !pack.sections.isEmpty { lines.append(language("sections: ", "部分：") + pack.sections.joined(separator: ", ")) }
        return lines
    }

    private static func table(_ table: PackTable) -> [String] {
        let language = InterfaceLanguage.current
        var facts = [
            table.kind.map { language("kind ", "类型 ") + $0.packName },
            table.codes.map { language("\($0.rawValue) codes", "编码 \($0.rawValue)") },
        ].compactMap { $0 }
        if !table.sides.isEmpty { facts.append(language("sides ", "栏 ") + table.sides.joined(separator: " | ")) }
        if !table.aliases.isEmpty { facts.append(language("also ", "又名 ") + table.aliases.joined(separator: ", ")) }
        if !table.required { facts.append(language("optional", "可缺")) }
        let columns = table.sides.isEmpty || table.sideColumns.isEmpty
            ? table.columns.joined(separator: ", ")
            : table.sides.map { "\($0): \(table.columns(of: $0).joined(separator: ", "))" }.joined(separator: "; ")
        return ["  \(table.id)  \(table.title)  (\(facts.joined(separator: "; ")))", language("      columns: ", "      列：") + columns]
    }
}
