import CheckerKit
import ReportModel

/// A row of a table printed inside the narrative larger than the total the text states for it:
/// "…接口等累计调用 273384 次" and, under "汕尾市业务协同中台接口调用情况", a row "预约接口
/// 291905 …" in the column 总服务次数. The total is a figure of the two paragraphs just before
/// the table whose clause says 累计, 共, 合计 or 总, exact and not a target; a column is in its
/// unit when its header ends in the unit or the unit + 数 (次 → 总服务次数). Each row is one part
/// of the total, so no cell of such a column may exceed it. Whether the rows add up to the total
/// is not judged: a table may list only the main items. The total must share a word with the
/// table's title or headers. On the seed: 首页 and 企业认证 count 21286 and 22505 visitors of the
/// 善美店小二 mini-program, which has 14376 in all.
struct TableRowsOverTotal {
    let report: Report

    private static let totalWords = ["累计", "共", "合计", "总"]
    private static let planWords = ["目标", "计划", "预计", "力争", "预期"]
    private static let paragraphsBefore = 2

    private struct Excess {
        let row: TableRow
        let column: String
        let cell: Cell
    }

    /// A passage pasted twice with its table makes one finding (`PastedCopies`). Of several
    /// totals in one unit (a running count at two dates) the largest is judged: a row above it is
    /// above them all.
    func findings() -> [Finding] {
        PastedCopies.merged(report.tables.filter { $0.kind == .other }.flatMap { table in
            let totals = totals(before: table).filter { names($0, table) }
            let largest = Dictionary(grouping: totals) { $0.figure.unit ?? "" }.values.compactMap { $0.max { $0.figure.amount.value < $1.figure.amount.value } }
            return largest.sorted { $0.figure.range.lowerBound < $1.figure.range.lowerBound }.compactMap { finding(table, total: $0) }
        })
    }

    /// Whether the total's words share a word of two characters with the table's title or
    /// headers ("累计调用" and "…接口调用情况", "访问人数" and "涉及访问人数"): a total of another
    /// subject in the paragraph before says nothing about the table.
    private func names(_ total: Total, _ table: Table) -> Bool {
        let words = Array(Self.totalWords.reduce(total.words) { $0.removingAll($1) }.unicodeScalars)
        let heading = ([table.title] + table.sides.flatMap(\.columns)).joined(separator: "|")
        return words.indices.dropLast().contains { heading.hasSubstring(String(String.UnicodeScalarView(words[$0...($0 + 1)]))) }
    }

    private struct Total {
        let figure: Figure
        /// Its clause's words: "“善美店小二”小程序累计访问人数".
        let words: String
    }

    /// The stated totals of the paragraphs just before the table.
    private func totals(before table: Table) -> [Total] {
        let before = report.paragraphs.filter { $0.span.endLine < table.span.startLine }.suffix(Self.paragraphsBefore).map(\.index)
        return before.flatMap { index -> [Total] in
            let figures = report.figures.filter { $0.paragraph == index }.sorted { $0.range.lowerBound < $1.range.lowerBound }
            let paragraph = ParagraphFigures(figures: figures, scalars: Array(report.paragraphs[index].text.unicodeScalars))
            return figures.indices.compactMap { position in
                let figure = figures[position]
                let clause = paragraph.clause(before: position)
                guard figure.unit != nil, figure.base?.unit != "%", !figure.isApproximate, !figure.isRangeEnd(in: paragraph.scalars),
                      Self.totalWords.contains(where: clause.hasSubstring), !Self.planWords.contains(where: clause.hasSubstring) else { return nil }
                return Total(figure: figure, words: clause)
            }
        }
    }

    private func finding(_ table: Table, total stated: Total) -> Finding? {
        let total = stated.figure
        guard let unit = total.unit else { return nil }
        let excesses = table.sides.flatMap { side in
            side.rows.compactMap { row -> Excess? in
                side.columns.indices.lazy.compactMap { column -> Excess? in
                    let header = side.columns[column]
                    guard header.hasSuffix(unit) || header.hasSuffix(unit + "数"), let cell = row.cells[checked: column] ?? nil,
                          cell.amount.value > total.amount.value else { return nil }
                    return Excess(row: row, column: header, cell: cell)
                }.first
            }
        }
        guard !excesses.isEmpty else { return nil }
        let cells = excesses.map { "\($0.row.label) \($0.column) \($0.cell.amount.printed)" }
        let message = LocalizedText(
            en: "\(table.title): \(cells.joined(separator: ", ")) > the total of \(total.amount.printed) \(unit) the text states for the table (\(stated.words)); a row is a part of the total",
            zh: "\(table.title)：\(cells.joined(separator: "、")) 大于表前文字所述总数 \(total.amount.printed) \(unit)（\(stated.words)）；每一行只是总数的一部分"
        )
        let rule = Rule.tableRowOverTotal
        let totalLocation = FindingLocation(span: total.span, logical: "\(report.sectionLabel(of: total) ?? "narrative") / \(stated.words)", note: LocalizedText(en: "total \(total.amount.printed) \(unit)", zh: "总数 \(total.amount.printed) \(unit)"))
        let rowLocations = excesses.map { FindingLocation(span: $0.cell.span, logical: "\(table.title) / \($0.row.label) / \($0.column)", note: $0.cell.amount.printed) }
        return Finding(ruleID: rule.id, level: rule.level, message: message, locations: [totalLocation] + rowLocations)
    }
}
