/// A table for a working paper: named columns and rows of typed cells, written as CSV or as a
/// worksheet of an XLSX workbook.
public struct Sheet: Hashable, Sendable {
    /// The worksheet's tab: at most 31 characters, none of `[ ] : * ? / \`.
    public var name: String
    public var columns: [Column]
    public private(set) var rows: [[Cell]] = []

    public init(name: String, columns: [Column]) {
        self.name = name
        self.columns = columns
    }

    /// A row has one cell per column; a shorter or longer one is a programming error.
    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "a row of \(row.count) cells for \(columns.count) columns")
        rows.append(row)
    }
}
