import ReportModel
import RulePackModel

/// Reads one table for identities: its rows by code or label, its cells as terms.
struct TableView {
    let table: Table

    init(_ table: Table) {
        self.table = table
    }

    init?(_ report: Report, _ kind: TableKind) {
        guard let table = report.table(kind), table.columnsAligned else { return nil }
        self.init(table)
    }

    /// The report's table for a pack table: by the parser's kind, else by title.
    init?(_ report: Report, _ table: PackTable) {
        if let kind = table.kind {
            self.init(report, kind)
        } else {
            guard let found = report.tables.first(where: { $0.columnsAligned && table.matches(title: $0.title) }) else { return nil }
            self.init(found)
        }
    }

    /// The tables whose cells sit in known columns: where the text's columns do not line up,
    /// a cell's column is a guess and no identity is stated on it.
    static func checkable(_ report: Report) -> [Table] {
        report.tables.filter(\.columnsAligned)
    }

    var name: String { table.displayName }

    /// The side named `name` ("收入", "支出"), or the only side.
    func side(_ name: String? = nil) -> TableSide? {
        guard let name else { return table.sides.first }
        return table.side(named: name) ?? table.sides.first { $0.name?.contains(name) == true }
    }

    /// How a row is named in locations: "2010301 行政运行", "本年收入合计".
    static func rowName(_ row: TableRow) -> String {
        let label = Labels.normalised(row.label)
        guard let code = row.code else { return label }
        return label.isEmpty ? code : "\(code) \(label)"
    }

    /// The cell at `column` of `row` as a term. A blank cell of a printed row is an exact zero
    /// (docs/report-format.md: reports leave empty cells blank), quoted as "blank"; nil only where the
    /// side has no such column.
    func term(_ side: TableSide, _ row: TableRow, _ column: Int, label: TermLabel) -> Term? {
        guard column < side.columns.count else { return nil }
        let cell = column < row.cells.count ? row.cells[column] : nil
        var path = [name]
        if table.sides.count > 1, let sideName = side.name { path.append(sideName) }
        let rowName = Self.rowName(row)
        if !rowName.isEmpty { path.append(rowName) }
        if side.columns.count > 1 { path.append(side.columns[column]) }
        let amount = cell?.amount ?? Amount(printed: "blank", value: 0, decimals: 2)
        return Term(id: path.joined(separator: " / "), label: label.text(row: row, column: side.columns[column]),
                    amount: amount, span: cell?.span ?? row.span, isBlank: cell == nil)
    }

    /// The first row whose normalised label satisfies `matches`.
    func row(_ side: TableSide, where matches: (String) -> Bool) -> TableRow? {
        side.rows.first { $0.code == nil && matches(Labels.normalised($0.label)) }
    }

    /// The 合计 row of a coded table.
    func totalRow(_ side: TableSide) -> TableRow? {
        row(side) { $0 == "合计" || $0 == "总计" }
    }

    func column(_ side: TableSide, where matches: (String) -> Bool) -> Int? {
        side.columns.firstIndex(where: matches)
    }
}

/// Which part of a cell's position names it inside an identity's statement.
enum TermLabel {
    case code
    case column
    case row
    case custom(String)

    func text(row: TableRow, column: String) -> String {
        switch self {
        case .code: row.code ?? Labels.normalised(row.label)
        case .column: column
        case .row: TableView.rowName(row)
        case .custom(let text): text
        }
    }
}
