import ReportModel

/// A table cell whose value differs between the versions. Cells are compared by value, so
/// "20,864.64", "20864.64" and "２０８６４．６４" are the same cell value.
public struct CellChange: Codable, Hashable, Sendable {
    /// "表3" (or the title of an unnumbered table).
    public var table: String
    /// "收入", "支出", … for two-sided tables.
    public var side: String?
    public var code: String?
    public var row: String
    public var column: String
    /// Nil where that version prints nothing in the cell.
    public var old: Amount?
    public var new: Amount?
    public var change: ValueChange
    /// Line of the row in the new text.
    public var line: Int

    public init(table: String, side: String?, code: String?, row: String, column: String, old: Amount?, new: Amount?, line: Int) {
        self.table = table
        self.side = side
        self.code = code
        self.row = row
        self.column = column
        self.old = old
        self.new = new
        self.change = ValueChange(old: old, new: new)
        self.line = line
    }
}
