import ReportModel

/// One table of a format: how it is titled, the columns its header vocabulary names, its sides
/// and the code system of its rows.
public struct PackTable: Hashable, Sendable {
    /// The name expressions use ("表1"), whatever the report prints.
    public var id: String
    /// The title as the format prints it; `aliases` are other titles or title fragments.
    public var title: String
    public var aliases: [String]
    /// The parser's kind for the standard tables; nil for a table the parser does not know,
    /// which is then found by its title.
    public var kind: TableKind?
    /// Side names of a two-sided table ("收入", "支出"); empty for a one-sided table.
    public var sides: [String]
    /// Value-column names as the model spells them ("决算数·公务接待费"), every side's.
    public var columns: [String]
    /// The columns of each side, where the sides differ (表4: 收入 | 金额, 支出 | 合计 …).
    public var sideColumns: [String: [String]] = [:]
    /// Row labels the pack may name (codes need not be listed).
    public var rows: [String]
    public var codes: CodeSystem?
    /// Whether the format requires this table; `section` is the 情况说明 chapter explaining it
    /// when it is printed empty, `subject` the word that chapter's amounts use.
    public var required: Bool
    public var section: String?
    public var subject: String?

    public init(id: String, title: String, aliases: [String] = [], kind: TableKind? = nil, sides: [String] = [], columns: [String] = [],
                rows: [String] = [], codes: CodeSystem? = nil, required: Bool = true, section: String? = nil, subject: String? = nil) {
        self.id = id
        self.title = title
        self.aliases = aliases
        self.kind = kind
        self.sides = sides
        self.columns = columns
        self.rows = rows
        self.codes = codes
        self.required = required
        self.section = section
        self.subject = subject
    }

    /// The columns a cell on `side` may name.
    public func columns(of side: String?) -> [String] {
        side.flatMap { sideColumns[$0] } ?? columns
    }

    /// Whether a cell on `side` that names no column still names one: its side has one column.
    public func hasSingleColumn(_ side: String?) -> Bool {
        if side == nil, !sideColumns.isEmpty { return sideColumns.values.allSatisfy { $0.count <= 1 } }
        return columns(of: side).count <= 1
    }

    /// Every title this table may print under, the pack's own first.
    public var titles: [String] { [title] + aliases }

    /// Whether a printed title (blanks removed) is this table's.
    public func matches(title printed: String) -> Bool {
        let compact = printed.filter { !$0.isWhitespace }
        return titles.contains { compact.contains($0) }
    }
}

/// Which classification a table's row codes follow.
public enum CodeSystem: String, Hashable, Sendable, CaseIterable {
    /// 支出功能分类: 类 3 digits, 款 5, 项 7.
    case functional
    /// 经济分类: 类 3 digits, 款 5.
    case economic

    public var lengths: [Int] {
        switch self {
        case .functional: [3, 5, 7]
        case .economic: [3, 5]
        }
    }
}

extension TableKind {
    /// How packs spell the kind: "basic-expenditure-detail".
    public var packName: String {
        rawValue.reduce(into: "") { text, character in
            if character.isUppercase { text += "-" + character.lowercased() } else { text.append(character) }
        }
    }
}
