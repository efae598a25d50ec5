import ReportModel

/// Everything this checker knows about how a report format is laid out, as data in one place so
/// that it can move into loadable rule packs (issue 16): the tables and narrative sections each
/// format requires, the 说明 an empty table must carry, and the template's placeholders.
enum FormatData {
    /// The first five tables, titled alike in every known format.
    static let summaryTables: [RequiredTable] = [
        RequiredTable(kind: .incomeExpenditureSummary, title: "收入支出决算总表", section: nil),
        RequiredTable(kind: .income, title: "收入决算表", section: nil),
        RequiredTable(kind: .expenditure, title: "支出决算表", section: nil),
        RequiredTable(kind: .fiscalAppropriationSummary, title: "财政拨款收入支出决算总表", section: nil),
        RequiredTable(kind: .generalBudgetExpenditure, title: "一般公共预算财政拨款支出决算表", section: nil),
    ]

    static let formats: [ReportFormat] = [
        ReportFormat(
            name: "上海市 2024 部门决算 (nine tables without 表N, 情况说明 一 to 十一)",
            tables: summaryTables + [
                RequiredTable(kind: .basicExpenditureDetail, title: "一般公共预算财政拨款基本支出决算表", section: nil),
                RequiredTable(kind: .threePublicExpenses, title: "财政拨款“三公”经费支出决算表", section: "财政拨款“三公”经费支出决算情况说明", subject: "三公"),
                RequiredTable(kind: .governmentFund, title: "政府性基金预算财政拨款收入支出决算表", section: "政府性基金预算财政拨款收入支出决算情况说明", subject: "政府性基金"),
                RequiredTable(kind: .stateCapital, title: "国有资本经营预算财政拨款收入支出决算表", section: "国有资本经营预算财政拨款收入支出决算情况说明", subject: "国有资本经营"),
            ],
            sections: [
                "收入支出决算总体情况说明", "收入决算情况说明", "支出决算情况说明", "财政拨款收入支出决算总体情况说明",
                "一般公共预算财政拨款支出决算情况说明", "一般公共预算财政拨款基本支出决算情况说明",
                "财政拨款“三公”经费支出决算情况说明", "政府性基金预算财政拨款收入支出决算情况说明",
                "国有资本经营预算财政拨款收入支出决算情况说明", "预算绩效管理情况", "其他重要事项",
            ]
        ),
        ReportFormat(
            name: "广东省 2021 部门决算 (表1–表9, 情况说明 一 to 四)",
            tables: summaryTables + [
                RequiredTable(kind: .basicExpenditureDetail, title: "一般公共预算财政拨款基本支出决算明细表", section: nil),
                RequiredTable(kind: .threePublicExpenses, title: "一般公共预算财政拨款“三公”经费支出决算表", section: "一般公共预算财政拨款“三公”经费支出决算情况说明", subject: "三公"),
                RequiredTable(kind: .governmentFund, title: "政府性基金预算财政拨款收入支出决算表", section: nil),
                RequiredTable(kind: .stateCapital, title: "国有资本经营预算财政拨款支出决算表", section: nil),
            ],
            sections: ["收入支出决算总体情况说明", "财政拨款收入支出总表说明", "一般公共预算财政拨款“三公”经费支出决算情况说明", "其他重要事项"]
        ),
    ]

    /// A format is recognised when at least this many of its tables are printed under its own titles.
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
