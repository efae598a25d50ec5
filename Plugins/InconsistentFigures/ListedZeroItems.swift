import CheckerKit
import ReportModel

/// "公用经费 10.23 万元，主要包括：办公费、邮电费、差旅费…" where the basic-expenditure table
/// prints 30207 邮电费 as 0.00: a list that names an item the year did not spend on, worth a
/// look (often last year's wording kept). Items are matched to 经济分类 款 rows (five-digit
/// codes) of a table titled …基本支出…, by their whole label; an item no row carries is not
/// judged.
struct ListedZeroItems {
    let report: Report

    private static let markers = ["主要包括", "主要用于", "包括"]

    func findings() -> [Finding] {
        let rows = ExpenseItemRows(report).byLabel
        guard !rows.isEmpty else { return [] }
        return report.paragraphs.flatMap { ItemList.all(in: $0, markers: Self.markers).compactMap { finding($0.items, in: $0.paragraph, rows) } }
    }

    private func finding(_ items: [(name: String, range: Range<Int>)], in paragraph: Paragraph, _ rows: [String: TableRow]) -> Finding? {
        let zero = items.compactMap { item in
            rows[item.name].flatMap { row in ExpenseItemRows.isZero(row) ? (item, row) : nil }
        }
        guard !zero.isEmpty else { return nil }
        let named = zero.map { "\($0.0.name) (\($0.1.code ?? "") \(ExpenseItemRows.printed($0.1)))" }.joined(separator: ", ")
        let namedZh = zero.map { "\($0.0.name)（\($0.1.code ?? "") \(ExpenseItemRows.printed($0.1, in: .zh))）" }.joined(separator: "、")
        let rule = Rule.listedZeroItem
        let message = LocalizedText(
            en: "the list names \(named), which the basic-expenditure table shows as zero",
            zh: "列举中的\(namedZh)在基本支出表中为零"
        )
        let locations = zero.flatMap { item, row in
            [FindingLocation(span: paragraph.span(ofScalarRange: item.range), logical: "\(report.sectionLabel(of: paragraph) ?? "narrative") / \(item.name)", note: LocalizedText(en: "named", zh: "文中列出")),
             FindingLocation(span: row.span, logical: "\(row.code ?? "") \(row.label)", note: ExpenseItemRows.note(row))]
        }
        return Finding(ruleID: rule.id, level: rule.level, message: message, locations: locations)
    }
}
