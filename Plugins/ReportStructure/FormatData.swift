import ReportModel

/// What this checker knows of report formats beyond the rule pack (which says the tables and
/// 情况说明 chapters each format requires, issue 16): the 说明 an empty table must carry and the
/// template's placeholders, alike in every known format.
enum FormatData {
    /// A pack's format is recognised when at least this many of its tables are printed under its own titles.
    static let recognisedTitles = 6

    /// Words of the 说明 or 注 that must accompany a table printed without amounts.
    static let emptyTableStatements: [String] = ["本表无数据", "本表本年度无发生额", "无发生额", "本表为空表"]
    /// "本年度没有政府性基金预算财政拨款收入和支出": the other accepted wording, as a pattern.
    static let emptyTableStatementPattern = #"(没有|无).{0,40}(收入和支出|支出|收入)"#

    /// Template stand-ins: a missing name or figure is an error, anything else a warning; a
    /// template instruction left in place is a note.
    static let placeholders: [Placeholder] = [
        Placeholder(pattern: #"XX+\s*(局|中心|研究所|部门|单位|委员会|办公室|委|办|部|厅|院|所|站|队|馆|会)"#, missing: .name),
        Placeholder(pattern: #"XX+\s*(万元|万|元|%|个|辆|台|人次|人|次|项|分|条)"#, missing: .figure),
        Placeholder(pattern: #"X+\s*月\s*X+\s*日"#, missing: .figure),
        Placeholder(pattern: #"XX+（[^）]{1,8}）"#, missing: .name),
        Placeholder(pattern: #"X{4,}"#, missing: .wording),
        Placeholder(pattern: #"(增加|减少|增长|下降|大于|小于)（(增加|减少|增长|下降|大于|小于)）"#, missing: .wording),
        Placeholder(pattern: #"【\s*】"#, missing: .wording),
        Placeholder(pattern: #"（(如持平作持平表述|不涉及的不列|制度名称)）"#, missing: .instruction),
        Placeholder(pattern: #"仍保留该表格式，并在本表下方作下述说明"#, missing: .instruction),
        Placeholder(pattern: #"按上述格式依次说明"#, missing: .instruction),
    ]

    /// A report is a blank template when this many placeholders remain and its name is one of
    /// them or none of its tables carries an amount.
    static let templatePlaceholderCount = 20
}

/// A pack's format as this checker reads it.
struct ReportFormat {
    let name: String
    let tables: [RequiredTable]
    /// Title beginnings of the 情况说明 chapters (一、 二、 …), after any leading year.
    let sections: [String]
}

struct RequiredTable {
    let kind: TableKind
    /// The title as the format prints it.
    let title: String
    /// The 情况说明 chapter that explains this table, when it may be printed empty.
    let section: String?
    /// The word a sentence of that chapter uses when it states this table's amounts.
    let subject: String?

    init(kind: TableKind, title: String, section: String?, subject: String? = nil) {
        self.kind = kind
        self.title = title
        self.section = section
        self.subject = subject
    }
}

struct Placeholder {
    enum Missing { case name, figure, wording, instruction }
    let pattern: String
    let missing: Missing
}
