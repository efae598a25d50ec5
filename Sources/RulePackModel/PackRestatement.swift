/// A sentence pattern of the 情况说明 that restates a table cell (issue 16): "其中本年收入 X 万元"
/// restates 表1 收入 本年收入合计. The pattern is a regular expression whose group 1 is the subject
/// and whose `{number}` is the stated figure; `{boundary}` is where a phrase may start, and
/// `{subjects}` the names of `subjects`, longest first. The cell may use `{subject}`: the
/// captured text, or what `subjects` maps it to.
public struct PackRestatement: Hashable, Sendable {
    /// A captured name and the text `{subject}` stands for when it is captured.
    public struct Subject: Hashable, Sendable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Names the restatement for overrides, as identities' ids do.
    public var id: String
    public var pattern: String
    public var subjects: [Subject]
    public var cell: RestatedCell
    /// The figure may be stated in 万元 or 亿元, captured after the number (group 3).
    public var unit: Bool
    /// Where the pack says so: "national.yml:230:5".
    public var origin: String

    public init(id: String, pattern: String, subjects: [Subject] = [], cell: RestatedCell, unit: Bool = false, origin: String) {
        self.id = id
        self.pattern = pattern
        self.subjects = subjects
        self.cell = cell
        self.unit = unit
        self.origin = origin
    }

    /// The value `{subject}` stands for when the pattern captured `captured`; nil for a name
    /// the pack does not map.
    public func subject(_ captured: String) -> String? {
        subjects.isEmpty ? captured : subjects.first { $0.name == captured }?.value
    }
}

/// The table cell a restatement restates: `TABLE[:SIDE] / ROW[|ROW…] [/ COLUMN] [as LABEL]`.
/// Rows are named without their 一、 ordinal, `*` standing for any text, the first printed row
/// matching one of them (`only`: a table's one row); no column is the first; no side, each side
/// in turn.
public struct RestatedCell: Hashable, Sendable {
    public var table: String
    public var side: String?
    public var rows: [String]
    public var column: String?
    /// How messages name the figure; by default the table, row and (of several) column.
    public var label: String?

    public init(table: String, side: String? = nil, rows: [String], column: String? = nil, label: String? = nil) {
        self.table = table
        self.side = side
        self.rows = rows
        self.column = column
        self.label = label
    }

    public var description: String {
        table + (side.map { ":\($0)" } ?? "") + " / " + rows.joined(separator: "|") + (column.map { " / \($0)" } ?? "")
    }
}
