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
    private static let listEnds: Set<Unicode.Scalar> = Set("；;。".unicodeScalars)
    private static let itemCode = 5

    func findings() -> [Finding] {
        let rows = Dictionary(
            report.tables.filter { $0.title.contains("基本支出") }
                .flatMap(\.sides).flatMap(\.rows)
                .filter { $0.code?.count == Self.itemCode && !$0.label.isEmpty }
                .map { ($0.label, $0) }
        ) { first, _ in first }
        guard !rows.isEmpty else { return [] }
        return report.paragraphs.flatMap { lists(in: $0).compactMap { finding($0, in: $1, rows) } }
    }

    /// Each list after a marker: its items with their scalar ranges, up to "；" or "。".
    private func lists(in paragraph: Paragraph) -> [(items: [(name: String, range: Range<Int>)], paragraph: Paragraph)] {
        let scalars = Array(paragraph.text.unicodeScalars)
        var lists: [(items: [(name: String, range: Range<Int>)], paragraph: Paragraph)] = []
        var index = 0
        while index < scalars.count {
            guard let marker = Self.markers.first(where: { scalars[index...].starts(with: $0.unicodeScalars) }) else {
                index += 1
                continue
            }
            var start = index + marker.unicodeScalars.count
            if start < scalars.count, "：:".unicodeScalars.contains(scalars[start]) { start += 1 }
            let end = scalars[start...].firstIndex(where: Self.listEnds.contains) ?? scalars.count
            var items: [(name: String, range: Range<Int>)] = []
            var itemStart = start
            for offset in start...end where offset == end || scalars[offset] == "、" {
                let name = String(String.UnicodeScalarView(scalars[itemStart..<offset].filter { !$0.properties.isWhitespace }))
                items.append((name, itemStart..<offset))
                itemStart = offset + 1
            }
            if items.count >= 2, !items.contains(where: { $0.name.unicodeScalars.contains { $0.properties.numericType != nil } }) {
                lists.append((items, paragraph))
            }
            index = end
        }
        return lists
    }

    private func finding(_ items: [(name: String, range: Range<Int>)], in paragraph: Paragraph, _ rows: [String: TableRow]) -> Finding? {
        let zero = items.compactMap { item in
            rows[item.name].flatMap { row in row.cells.allSatisfy { $0?.amount.value.isZero ?? true } ? (item, row) : nil }
        }
        guard !zero.isEmpty else { return nil }
        let named = zero.map { "\($0.0.name) (\($0.1.code ?? "") \($0.1.cells.compactMap { $0?.amount.printed }.first ?? "blank"))" }.joined(separator: ", ")
        let rule = Rule.listedZeroItem
        let message = "the list names \(named), which the basic-expenditure table shows as zero"
        let locations = zero.flatMap { item, row in
            [FindingLocation(span: paragraph.span(ofScalarRange: item.range), logical: "\(report.sectionLabel(of: paragraph) ?? "narrative") / \(item.name)", note: "named"),
             FindingLocation(span: row.span, logical: "\(row.code ?? "") \(row.label)", note: row.cells.compactMap { $0?.amount.printed }.first ?? "blank")]
        }
        return Finding(ruleID: rule.id, level: rule.level, message: message, locations: locations)
    }
}
