import Localization
/// The counts a reviewer reads first.
public struct DiffSummary: Codable, Hashable, Sendable {
    public var cellsChanged = 0
    public var rowsAdded = 0
    public var rowsRemoved = 0
    public var tablesAdded = 0
    public var tablesRemoved = 0
    public var columnsAdded = 0
    public var columnsRemoved = 0
    /// Headings count as paragraphs here.
    public var paragraphsChanged = 0
    public var paragraphsAdded = 0
    public var paragraphsRemoved = 0
    public var paragraphsMoved = 0
    public var figuresChanged = 0

    public init(tables: TableChanges, paragraphs: [ParagraphChange], figures: [FigureChange]) {
        cellsChanged = tables.cells.count
        rowsAdded = tables.rows.filter { $0.kind == .added }.count
        rowsRemoved = tables.rows.filter { $0.kind == .removed }.count
        let count = { (kind: RowChange.Kind, part: PartChange.Part) in tables.parts.filter { $0.kind == kind && $0.part == part }.count }
        tablesAdded = count(.added, .table)
        tablesRemoved = count(.removed, .table)
        columnsAdded = count(.added, .column)
        columnsRemoved = count(.removed, .column)
        paragraphsChanged = paragraphs.filter { $0.kind == .edited }.count
        paragraphsAdded = paragraphs.filter { $0.kind == .added }.count
        paragraphsRemoved = paragraphs.filter { $0.kind == .removed }.count
        paragraphsMoved = paragraphs.filter { $0.kind == .moved }.count
        figuresChanged = figures.count
    }

    public var hasChanges: Bool {
        [cellsChanged, rowsAdded, rowsRemoved, tablesAdded, tablesRemoved, columnsAdded, columnsRemoved,
         paragraphsChanged, paragraphsAdded, paragraphsRemoved, paragraphsMoved].contains { $0 > 0 }
    }

    /// "2 cells changed, 1 row added; 3 paragraphs changed, 1 added, 1 removed, 2 moved; 4 figures changed",
    /// or "no changes".
    public var line: String { line(in: .en) }

    /// The same in `language`: "表格：单元格变化 2 处，增加 1 行；段落：修改 3 段，增加 1 段，删除 1 段，移动 2 段；数字变化 4 个".
    public func line(in language: Language) -> String {
        guard language == .zh else { return english }
        guard hasChanges else { return "无变化" }
        var tables = ["单元格变化 \(cellsChanged) 处"]
        let counted = [(rowsAdded, "增加 %d 行"), (rowsRemoved, "删除 %d 行"), (tablesAdded, "增加 %d 张表"), (tablesRemoved, "删除 %d 张表"),
                       (columnsAdded, "增加 %d 列"), (columnsRemoved, "删除 %d 列")]
        tables += counted.filter { $0.0 > 0 }.map { $0.1.replacingOccurrences(of: "%d", with: "\($0.0)") }
        let narrative = "修改 \(paragraphsChanged) 段，增加 \(paragraphsAdded) 段，删除 \(paragraphsRemoved) 段，移动 \(paragraphsMoved) 段"
        return "表格：" + tables.joined(separator: "，") + "；段落：" + narrative + "；数字变化 \(figuresChanged) 个"
    }

    private var english: String {
        guard hasChanges else { return "no changes" }
        var tables = ["\(Self.count(cellsChanged, "cell")) changed"]
        if rowsAdded > 0 { tables.append("\(Self.count(rowsAdded, "row")) added") }
        if rowsRemoved > 0 { tables.append("\(Self.count(rowsRemoved, "row")) removed") }
        if tablesAdded > 0 { tables.append("\(Self.count(tablesAdded, "table")) added") }
        if tablesRemoved > 0 { tables.append("\(Self.count(tablesRemoved, "table")) removed") }
        if columnsAdded > 0 { tables.append("\(Self.count(columnsAdded, "column")) added") }
        if columnsRemoved > 0 { tables.append("\(Self.count(columnsRemoved, "column")) removed") }
        let narrative = "\(Self.count(paragraphsChanged, "paragraph")) changed, \(paragraphsAdded) added, \(paragraphsRemoved) removed, \(paragraphsMoved) moved"
        return [tables.joined(separator: ", "), narrative, "\(Self.count(figuresChanged, "figure")) changed"].joined(separator: "; ")
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
