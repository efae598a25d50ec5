import CheckerKit
import ReportModel

/// "公用经费 184.65 万元，主要包括：办公费、印刷费、…" where every item is the label of a row of
/// the basic-expenditure table, so that the list transcribes the table, yet a row of the same
/// 经济分类 类 with money in it is not named: worth a look. A list with an item no row carries
/// (it words the spending its own way) or ending in 等 / … (plainly partial) is not judged.
struct ListOmittedItems {
    let report: Report

    private static let markers = ["主要包括", "主要用于"]
    private static let partialWords = ["等", "…"]
    private static let classCode = 3

    func findings() -> [Finding] {
        let table = ExpenseItemRows(report)
        guard !table.rows.isEmpty else { return [] }
        return report.paragraphs.flatMap { ItemList.all(in: $0, markers: Self.markers).compactMap { finding($0, table) } }
    }

    private func finding(_ list: ItemList, _ table: ExpenseItemRows) -> Finding? {
        guard !list.items.contains(where: { item in Self.partialWords.contains(where: item.name.hasSubstring) }) else { return nil }
        let named = list.items.compactMap { table.byLabel[$0.name] }
        guard named.count == list.items.count else { return nil }
        let classes = Set(named.compactMap { $0.code.map { String($0.prefix(Self.classCode)) } })
        let labels = Set(named.map(\.label))
        var seen = Set<String>()
        let omitted = table.rows.filter { row in
            guard let code = row.code, classes.contains(String(code.prefix(Self.classCode))), !labels.contains(row.label),
                  !ExpenseItemRows.isZero(row) else { return false }
            return seen.insert(code).inserted
        }
        guard !omitted.isEmpty else { return nil }
        let rule = Rule.listOmitsItem
        let missing = omitted.map { "\($0.label) (\($0.code ?? "") \(ExpenseItemRows.printed($0)))" }
        let missingZh = omitted.map { "\($0.label)（\($0.code ?? "") \(ExpenseItemRows.printed($0, in: .zh))）" }
        let message = LocalizedText(
            en: "the list names \(list.items.count) items of the basic-expenditure table by their labels but leaves out \(missing.joined(separator: ", ")), which the table shows with money",
            zh: "列举按行名列出了基本支出表的 \(list.items.count) 个事项，却遗漏了表中有金额的\(missingZh.joined(separator: "、"))"
        )
        let whole = list.items[0].range.lowerBound..<list.items[list.items.count - 1].range.upperBound
        let listLocation = FindingLocation(span: list.paragraph.span(ofScalarRange: whole), logical: "\(report.sectionLabel(of: list.paragraph) ?? "narrative") / list", note: LocalizedText(en: "\(list.items.count) items", zh: "\(list.items.count) 项"))
        let rowLocations = omitted.map { FindingLocation(span: $0.span, logical: "\($0.code ?? "") \($0.label)", note: ExpenseItemRows.note($0)) }
        return Finding(ruleID: rule.id, level: rule.level, message: message, locations: [listLocation] + rowLocations)
    }
}
