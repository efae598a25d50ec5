/// A table cell named by what it means: table, side, row (code or label) and column by their
/// vocabulary names, never by position. `{row}`, `{code}`, `{label}` and `{column}` in any part
/// are filled in by a `PackIdentity`'s `forEach`.
///
///     表1:收入 / 本年收入合计 / 金额
///     表6 / 30212                     (the only column; the side that has the row)
///     表7 / only / 决算数·公务接待费    (a table of one unlabelled row)
public struct CellReference: Hashable, Sendable {
    public var table: String
    public var side: String?
    public var row: String
    public var column: String?
    /// How a message names the figure; `{table}` is the table as the report names it.
    public var label: String?
    /// A part the identity may do without when the report has no such row.
    public var optional: Bool

    public init(table: String, side: String? = nil, row: String, column: String? = nil, label: String? = nil, optional: Bool = false) {
        self.table = table
        self.side = side
        self.row = row
        self.column = column
        self.label = label
        self.optional = optional
    }

    /// The row that stands for a table of one unlabelled row (表7).
    public static let onlyRow = "only"
    /// Leads a row printed exactly so, never one whose name without its ordinal it is: 表4's
    /// `=一般公共预算财政拨款` under 年初结转和结余, not 一、一般公共预算财政拨款.
    public static let exactRow: Character = "="
    /// The row of an `each-row` identity's cells: every row of the side in turn.
    public static let eachRow = "{each row}"

    /// This reference with the loop's bindings filled in.
    public func binding(_ values: [String: String]) -> CellReference {
        guard !values.isEmpty else { return self }
        func fill(_ text: String) -> String {
            values.reduce(text) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        }
        return CellReference(table: table, side: side.map(fill), row: fill(row), column: column.map(fill),
                             label: label.map(fill), optional: optional)
    }

    public var description: String {
        var text = table + (side.map { ":\($0)" } ?? "") + " / " + row
        if let column { text += " / " + column }
        return text
    }
}
