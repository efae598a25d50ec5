/// Everything the parser knows about how the standard tables are printed — titles, header
/// names and their aliases, side names, label-column words, row labels — as data in one place,
/// so that regional variants can later come from loadable rule packs.
public enum TableVocabulary {
    /// Title fragments recognising a table, the most specific first: regions number the tables
    /// differently (or not at all) and name some of them differently.
    static let titles: [(fragment: String, kind: TableKind)] = [
        ("三公", .threePublicExpenses),
        ("基本支出决算明细表", .basicExpenditureDetail),
        ("财政拨款基本支出决算表", .basicExpenditureDetail),
        ("政府性基金预算财政拨款", .governmentFund),
        ("国有资本经营预算财政拨款", .stateCapital),
        ("财政拨款收入支出决算总表", .fiscalAppropriationSummary),
        ("财政拨款收支决算总表", .fiscalAppropriationSummary),
        ("一般公共预算财政拨款支出决算明细表", .generalBudgetExpenditure),
        ("一般公共预算财政拨款支出决算表", .generalBudgetExpenditure),
        ("收入支出决算总表", .incomeExpenditureSummary),
        ("收支决算总表", .incomeExpenditureSummary),
        ("收入决算表", .income),
        ("支出决算表", .expenditure),
    ]

    /// How an unnumbered title line ends.
    static let titleEndings: [String] = ["决算表", "决算总表", "明细表"]

    /// Label-column words each side of a two-sided table prints again: where the second copy
    /// begins, the second side does.
    static let sideAnchors: [String] = ["项目", "经济分类", "科目编码", "科目名称"]

    /// Value-column names as the model calls them, each with the other ways reports print it.
    static let columns: [(name: String, aliases: [String])] = [
        ("决算数", []), ("预算数", []), ("金额", []), ("合计", []), ("小计", []),
        ("本年收入合计", []), ("财政拨款收入", []), ("上级补助收入", []), ("事业收入", []), ("经营收入", []),
        ("附属单位上缴收入", []), ("其他收入", []),
        ("本年支出合计", []), ("基本支出", []), ("项目支出", []), ("上缴上级支出", []), ("经营支出", []),
        ("对附属单位补助支出", []),
        ("一般公共预算财政拨款", []), ("政府性基金预算财政拨款", []), ("国有资本经营预算财政拨款", []),
        ("年初结转和结余", []), ("本年收入", []), ("本年支出", []), ("年末结转和结余", []),
        ("因公出国（境）费", ["因公出国(境)费"]),
        ("公务用车购置及运行费", ["公务用车购置及运行维护费"]),
        ("公务用车购置费", []),
        ("公务用车运行费", ["公务用车运行维护费"]),
        ("公务接待费", []),
        ("会议费", []), ("培训费", []), ("机关运行经费", []),
    ]

    /// Headers that span sub-columns printed under them; a 合计 under one of them is its 小计.
    static let groupMembers: [String: [String]] = [
        "本年支出": ["小计", "合计", "基本支出", "项目支出"],
        "公务用车购置及运行费": ["小计", "公务用车购置费", "公务用车运行费"],
    ]
    static let groups = Set(groupMembers.keys)
    /// Headers naming the period of every column under them (表7: 预算数 | 决算数); the model
    /// puts the period first ("预算数·合计") wherever the report prints it.
    static let periods: [String] = ["预算数", "决算数"]
    /// Banners over every value column of a table, left out of column names.
    static let banners: [String] = ["财政拨款“三公”经费", "财政拨款\"三公\"经费", "“三公”经费"]
    /// Words heading the label, code and 行次 columns rather than a value column.
    static let labelHeaders: [String] = ["项目", "科目名称", "科目编码", "支出功能分类", "功能分类", "经济分类", "行次", "类", "款", "项"]
    /// The 功能分类 code sub-columns, outermost first.
    static let codeParts: [String] = ["类", "款", "项"]
    /// Names of the two sides of two-sided tables, as printed above them.
    static let sides: [[String]] = [["收入", "支出"], ["人员经费", "公用经费"]]
    /// 经济分类 类 codes of each side of the basic-expenditure table, where no side name is printed.
    static let basicSides: [(name: String, codes: [String])] = [
        ("人员经费", ["301", "303"]), ("公用经费", ["302", "307", "309", "310", "399"]),
    ]
    /// Row labels that start a row in tables without codes (wrapped pieces do not).
    static let rowLabels: [String] = [
        "合计", "总计", "本年收入合计", "本年支出合计", "人员经费合计", "公用经费合计",
        "使用非财政拨款结余", "结余分配", "年初结转和结余", "年末结转和结余",
        "年初财政拨款结转和结余", "年末财政拨款结转和结余",
    ]
    /// What a blank template prints in place of rows it leaves out.
    static let placeholders: Set<String> = ["…", "……", "...", "…………"]
    /// Tables of one unlabelled row, printed even when the row is blank.
    static let singleRowKinds: Set<TableKind> = [.threePublicExpenses]
    /// Notes under a table start with one of these.
    static let notePrefixes: [String] = ["注：", "注:", "说明：", "说明:"]

    /// Every printed form of a value column, longest first, with the name it stands for.
    static let printedColumns: [(printed: String, name: String)] = columns
        .flatMap { column in ([column.name] + column.aliases).map { ($0, column.name) } }
        .sorted { $0.printed.count > $1.printed.count }

    /// The model's name for a printed header text, or nil when it names no value column.
    static func columnName(_ printed: String) -> String? {
        printedColumns.first { $0.printed == printed }?.name
    }

    /// The model's name of a column from its header texts top to bottom, as printed (or as a
    /// fixture writes them, joined with `·`): banners dropped, aliases resolved, a 合计 under
    /// a group read as its 小计, and the period first.
    public static func canonicalColumn(_ printedPath: [String]) -> String {
        var names = printedPath
            .map { $0.filter { !$0.isWhitespace } }
            .filter { !banners.contains($0) }
            .map { columnName($0) ?? $0 }
        if names.count >= 2, groups.contains(names[names.count - 2]), names.last == "合计" { names[names.count - 1] = "小计" }
        if names.count >= 2, let period = names.firstIndex(where: periods.contains), period != 0 {
            names.insert(names.remove(at: period), at: 0)
        }
        if names.count >= 3, groups.contains(names[1]), names[2] == "合计" { names[2] = "小计" }
        return names.joined(separator: "·")
    }

    /// All words a header cell may spell out, for rejoining the pieces of wrapped headers.
    static let headerWords: [String] = Array(Set(
        printedColumns.map(\.printed) + banners + labelHeaders + sides.flatMap { $0 } + ["支出功能分类科目编码", "经济分类科目编码"]
    )).sorted { $0.count > $1.count }
}

extension TableKind {
    /// Recognises a standard table by its title.
    init(title: String) {
        let compact = title.filter { !$0.isWhitespace }
        self = TableVocabulary.titles.first { compact.contains($0.fragment) }?.kind ?? .other
    }
}
