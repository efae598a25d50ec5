/// One of the report's tables, merged across page breaks, repeated headers removed.
public struct Table: Codable, Hashable, Sendable {
    /// The number as printed ("表1"); regions number tables differently, so `kind` is what
    /// code should rely on.
    public var number: String?
    public var title: String
    public var kind: TableKind
    /// "万元" in every sample table.
    public var unit: String?
    /// One side for ordinary tables; two for 表1/表4 (收入 | 支出) and 表6 (人员经费 | 公用经费).
    public var sides: [TableSide]
    /// The table's 注 lines ("本表本年度无发生额" for an empty table).
    public var notes: [String]
    public var span: SourceSpan
    /// Whether each value column's cells line up in the text. Layout text whose lines were laid
    /// out each on its own (`pdftotext -layout` on a sparse page) leaves a cell's column a guess,
    /// so a blank may stand in the wrong place: identities should not rely on such a table.
    public var columnsAligned: Bool

    public init(number: String?, title: String, kind: TableKind, unit: String?, sides: [TableSide], notes: [String], span: SourceSpan,
                columnsAligned: Bool = true) {
        self.number = number
        self.title = title
        self.kind = kind
        self.unit = unit
        self.sides = sides
        self.notes = notes
        self.span = span
        self.columnsAligned = columnsAligned
    }

    /// A table with no amount other than zero: the region's "no activity this year" case.
    public var isEmpty: Bool {
        sides.allSatisfy { $0.rows.allSatisfy { $0.cells.allSatisfy { $0?.amount.value.isZero ?? true } } }
    }

    /// "表3" or, without a number, the title.
    public var displayName: String { number ?? title }

    public func side(named name: String) -> TableSide? {
        sides.first { $0.name == name }
    }
}

/// The standard tables, recognised by title (not by number: regions number them differently).
public enum TableKind: String, Codable, Hashable, Sendable, CaseIterable {
    case incomeExpenditureSummary   // 收入支出决算总表
    case income                     // 收入决算表
    case expenditure                // 支出决算表
    case fiscalAppropriationSummary // 财政拨款收入支出决算总表
    case generalBudgetExpenditure   // 一般公共预算财政拨款支出决算表
    case basicExpenditureDetail     // 一般公共预算财政拨款基本支出决算明细表
    case threePublicExpenses        // “三公”经费支出决算表
    case governmentFund             // 政府性基金预算财政拨款收入支出决算表
    case stateCapital               // 国有资本经营预算财政拨款支出决算表
    case other
}

/// A logical side of a table: its own columns and rows.
public struct TableSide: Codable, Hashable, Sendable {
    /// "收入", "支出", "人员经费", "公用经费"; nil for a one-sided table.
    public var name: String?
    /// Value columns, in order (the label, code and 行次 columns are not listed here).
    public var columns: [String]
    public var rows: [TableRow]

    public init(name: String?, columns: [String], rows: [TableRow]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    public func row(code: String) -> TableRow? { rows.first { $0.code == code } }
    public func row(label: String) -> TableRow? { rows.first { $0.label == label } }
    public func columnIndex(_ name: String) -> Int? { columns.firstIndex(of: name) }
}

public struct TableRow: Codable, Hashable, Sendable {
    /// 功能分类 (3/5/7 digits) or 经济分类 (3/5 digits) code, when the row has one.
    public var code: String?
    /// The label with its line wraps undone: "其他政府办公厅（室）及相关机构事务支出".
    public var label: String
    /// The row number the table prints (行次, or a 序号 list's number); not a line of the text.
    public var rowNumber: Int?
    /// One cell per column of the side; nil where the report prints nothing.
    public var cells: [Cell?]
    public var span: SourceSpan

    public init(code: String?, label: String, rowNumber: Int?, cells: [Cell?], span: SourceSpan) {
        self.code = code
        self.label = label
        self.rowNumber = rowNumber
        self.cells = cells
        self.span = span
    }

    public func value(_ column: Int) -> Amount? {
        column < cells.count ? cells[column]?.amount : nil
    }
}

public struct Cell: Codable, Hashable, Sendable {
    public var amount: Amount
    public var span: SourceSpan

    public init(amount: Amount, span: SourceSpan) {
        self.amount = amount
        self.span = span
    }
}
