import CheckerKit
import ReportModel

/// A list of items after a marker ("主要包括：办公费、邮电费、差旅费"), up to "；" or "。": its
/// items with their scalar ranges in the paragraph. A run with fewer than two items, or with
/// digits in an item, is not a list of names.
struct ItemList {
    let items: [(name: String, range: Range<Int>)]
    let paragraph: Paragraph

    private static let listEnds: Set<Unicode.Scalar> = Set("；;。".unicodeScalars)

    static func all(in paragraph: Paragraph, markers: [String]) -> [ItemList] {
        // Most paragraphs name no marker: a byte search rules them out before any scalar is read.
        guard markers.contains(where: paragraph.text.hasSubstring) else { return [] }
        let scalars = Array(paragraph.text.unicodeScalars)
        var lists: [ItemList] = []
        var index = 0
        while index < scalars.count {
            guard let marker = markers.first(where: { scalars[index...].starts(with: $0.unicodeScalars) }) else {
                index += 1
                continue
            }
            var start = index + marker.unicodeScalars.count
            if start < scalars.count, "：:".unicodeScalars.contains(scalars[start]) { start += 1 }
            let end = scalars[start...].firstIndex(where: listEnds.contains) ?? scalars.count
            var items: [(name: String, range: Range<Int>)] = []
            var itemStart = start
            for offset in start...end where offset == end || scalars[offset] == "、" {
                let name = scalars[itemStart..<offset].withoutBlanks
                items.append((name, itemStart..<offset))
                itemStart = offset + 1
            }
            if items.count >= 2, !items.contains(where: { $0.name.unicodeScalars.contains { $0.properties.numericType != nil } }) {
                lists.append(ItemList(items: items, paragraph: paragraph))
            }
            index = end
        }
        return lists
    }
}

/// The 经济分类 款 rows (five-digit codes) of the tables titled …基本支出…, by label: the expense
/// items a 主要包括 list names.
struct ExpenseItemRows {
    let rows: [TableRow]
    let byLabel: [String: TableRow]

    private static let itemCode = 5

    init(_ report: Report) {
        rows = report.tables.filter { $0.title.contains("基本支出") }
            .flatMap(\.sides).flatMap(\.rows)
            .filter { $0.code?.count == Self.itemCode && !$0.label.isEmpty }
        byLabel = Dictionary(rows.map { ($0.label, $0) }) { first, _ in first }
    }

    static func isZero(_ row: TableRow) -> Bool {
        row.cells.allSatisfy { $0?.amount.value.isZero ?? true }
    }

    static func printed(_ row: TableRow, in language: Language = .en) -> String {
        row.cells.compactMap { $0?.amount.printed }.first ?? language("blank", "空白")
    }

    /// The row's figure as a place's note, in both languages.
    static func note(_ row: TableRow) -> LocalizedText {
        LocalizedText(en: printed(row), zh: printed(row, in: .zh))
    }
}
