/// One identity of a pack, over named cells: an equality, a sum, or a bound, optionally for
/// each row or column of a table and only when a guard holds.
public struct PackIdentity: Hashable, Sendable {
    public enum Form: Hashable, Sendable {
        /// The two cells print the same figure.
        case equal(CellReference, CellReference)
        /// The totals (usually one) add up to the parts; `label` names several totals in
        /// messages ("年初 + 本年收入").
        case sum(totals: [CellReference], parts: [CellReference], label: String?)
        /// The parts add up to at most the whole.
        case bound(parts: [CellReference], whole: CellReference)
        /// In each row of a table's side, the total column equals the part columns (表3 本年支出合计
        /// = 基本支出 + 项目支出 + …). The cells' row is `CellReference.eachRow`; `totals` are
        /// the names the total column may carry, the first the report prints is the one.
        case eachRow(totals: [CellReference], parts: [CellReference])
        /// In each column of each side of the tables (or of `side` only), the total row equals
        /// the rows the parts select (表1: 本年收入合计 = the 一、二、… rows above it).
        case eachColumn(tables: [String], side: String?, total: RowSelection, parts: [RowSelection])
    }

    /// A loop: each coded row of a table (codes of `codeLength` digits, or the 合计 row too),
    /// or each value column of a table's first side.
    public struct ForEach: Hashable, Sendable {
        public enum Over: Hashable, Sendable {
            case rows(codeLength: Int?, total: Bool)
            case columns
        }
        public var table: String
        public var over: Over

        public init(table: String, over: Over) {
            self.table = table
            self.over = over
        }
    }

    /// Names the identity for overrides: a pack that extends another replaces the identity of
    /// the same id, or drops it with `drop: [id]`.
    public var id: String
    /// The rule it reports under ("cross-table").
    public var rule: String
    public var form: Form
    /// Loops, outermost first: the identity is stated for every combination.
    public var forEach: [ForEach]
    /// Stated only when these two cells hold exactly the same value (表3 = 表5 row by row
    /// when all the year's spending is 一般公共预算).
    public var when: [CellReference]?
    /// The logical location of each instance; `{first}` is the first cell's, `{table}` the
    /// table of the second cell. Nil for "{first} ↔ {table}" (≤ for a bound).
    public var place: String?
    /// Where the pack says so: "guangdong-2021.yml:40:5".
    public var origin: String

    public init(id: String, rule: String, form: Form, forEach: [ForEach] = [], when: [CellReference]? = nil, place: String? = nil, origin: String) {
        self.id = id
        self.rule = rule
        self.form = form
        self.forEach = forEach
        self.when = when
        self.place = place
        self.origin = origin
    }

    /// Stated in each row of a table rather than on named cells.
    public var isEachRow: Bool {
        if case .eachRow = form { return true }
        return false
    }

    /// Stated in each column of tables' sides rather than on named cells.
    public var isEachColumn: Bool {
        if case .eachColumn = form { return true }
        return false
    }

    /// The rules a pack identity may report under.
    public static let rules = ["cross-table", "summary-table", "row-sum", "total-row", "coded-hierarchy"]

    /// Every cell the identity names.
    public var references: [CellReference] {
        let cells: [CellReference]
        switch form {
        case .equal(let left, let right): cells = [left, right]
        case .sum(let totals, let parts, _): cells = totals + parts
        case .bound(let parts, let whole): cells = parts + [whole]
        case .eachRow(let totals, let parts): cells = totals + parts
        case .eachColumn: cells = []
        }
        return cells + (when ?? [])
    }

    /// "表1:收入 / 本年收入合计 / 金额 = 表2 / 合计 / 本年收入合计", for `audit rules`.
    public var summary: String {
        let text: String
        switch form {
        case .equal(let left, let right): text = "\(left.description) = \(right.description)"
        case .sum(let totals, let parts, _):
            text = totals.map(\.description).joined(separator: " + ") + " = " + parts.map(\.description).joined(separator: " + ")
        case .bound(let parts, let whole): text = parts.map(\.description).joined(separator: " + ") + " ≤ \(whole.description)"
        case .eachRow(let totals, let parts):
            let table = totals[0].table + (totals[0].side.map { ":\($0)" } ?? "")
            text = "in each row of \(table): " + totals.compactMap(\.column).joined(separator: " or ") + " = "
                + parts.map { ($0.optional ? "?" : "") + ($0.column ?? "") }.joined(separator: " + ")
        case .eachColumn(let tables, let side, let total, let parts):
            text = "in each column of \(tables.map { $0 + (side.map { ":\($0)" } ?? "") }.joined(separator: ", ")): "
                + total.description + " = " + parts.map(\.description).joined(separator: " + ")
        }
        let loops = forEach.map { loop -> String in
            switch loop.over {
            case .rows(let length, let total):
                "for each \(length.map { "\($0)-digit " } ?? "coded ")row\(total ? " and 合计" : "") of \(loop.table)"
            case .columns:
                "for each column of \(loop.table)"
            }
        }
        let guarded = when.map { " when \($0.map(\.description).joined(separator: " = "))" } ?? ""
        return (loops + [text]).joined(separator: ", ") + guarded
    }
}
