import Foundation
import Localization
import RulePackModel

/// A restatement entry of a pack:
///
///     - id: year-income
///       pattern: '其中(本年收入)\s*{number}\s*万元'
///       cell: 表1:收入 / 本年收入合计
///
/// with optional `subjects: {因公出国（境）费: 因公出国（境）费, …}` (what `{subject}` stands for,
/// per captured name) and `unit: true` (a figure in 万元 or 亿元, the unit captured after it).
enum RestatementSyntax {
    static let keys = ["id", "pattern", "subjects", "cell", "unit"]
    static let placeholders = ["number", "boundary", "subjects"]

    static func parse(_ node: PackNode) throws -> (restatement: PackRestatement, cell: PackNode) {
        var id: String?
        var pattern: (text: String, node: PackNode)?
        var subjects: [PackRestatement.Subject] = []
        var cell: (value: RestatedCell, node: PackNode)?
        var unit = false
        for (key, _, value) in try node.entries(known: keys) {
            switch key {
            case "id": id = try value.string()
            case "pattern": pattern = (try value.string(), value)
            case "subjects":
                subjects = try value.entries(known: []).map { PackRestatement.Subject(name: $0.key, value: try $0.value.string()) }
            case "cell": cell = (try self.cell(value), value)
            default: unit = try value.bool()
            }
        }
        guard let id else { throw node.error(en: "a restatement needs an 'id'", zh: "复述规则缺少 'id'") }
        guard let pattern, let cell else { throw node.error(en: "restatement '\(id)' needs a pattern and a cell", zh: "复述规则 '\(id)' 须有 pattern（模式）和 cell（单元格）") }
        try check(pattern.text, unit: unit, subjects: !subjects.isEmpty, at: pattern.node)
        return (PackRestatement(id: id, pattern: pattern.text, subjects: subjects, cell: cell.value, unit: unit, origin: node.origin), cell.node)
    }

    /// A valid regular expression once its placeholders are filled, capturing the subject, the
    /// figure and, with `unit`, the unit.
    private static func check(_ pattern: String, unit: Bool, subjects: Bool, at node: PackNode) throws {
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if !name.isEmpty, name.allSatisfy(\.isLetter), !placeholders.contains(name) {
                throw node.error(LocalizedText(en: "unknown placeholder '{\(name)}'", zh: "未知的占位符 '{\(name)}'") + .known(placeholders.map { "{\($0)}" }))
            }
            rest = rest[rest.index(after: close)...]
        }
        guard pattern.contains("{number}") else { throw node.error(en: "the pattern has no {number}: the figure it states", zh: "模式中没有 {number}：即它所复述的数字") }
        if pattern.contains("{subjects}"), !subjects { throw node.error(en: "the pattern uses {subjects}, and the restatement lists none", zh: "模式使用了 {subjects}，但该复述规则没有列出任何 subjects") }
        let filled = pattern.replacingOccurrences(of: "{number}", with: "([0-9]+)").replacingOccurrences(of: "{boundary}", with: "")
            .replacingOccurrences(of: "{subjects}", with: "x")
        let regex: NSRegularExpression
        do {
            regex = try NSRegularExpression(pattern: filled)
        } catch {
            throw node.error(en: "not a valid regular expression: \(pattern)", zh: "正则表达式无效：\(pattern)")
        }
        let groups = unit ? 3 : 2
        guard regex.numberOfCaptureGroups >= groups else {
            throw node.error(en: "the pattern captures \(regex.numberOfCaptureGroups) groups; it needs the subject, the figure\(unit ? " and the unit" : "") (\(groups))",
                             zh: "模式有 \(regex.numberOfCaptureGroups) 个捕获组；须捕获项目、数字\(unit ? "和单位" : "")（\(groups) 个）")
        }
    }

    private static func cell(_ node: PackNode) throws -> RestatedCell {
        let cell = try ReferenceSyntax.split(node, expected: "TABLE[:SIDE] / ROW[|ROW…] [/ COLUMN]")
        return RestatedCell(table: cell.table, side: cell.side, rows: cell.row.split(separator: "|").map(String.init), column: cell.column, label: cell.label)
    }
}
