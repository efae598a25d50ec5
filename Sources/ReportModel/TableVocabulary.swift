/// Everything the parser knows about how the standard tables are printed — titles, header
/// names and their aliases, side names, label-column words, row labels — as data in one place.
/// A rule pack adds the titles and value columns of the tables it describes (`adding`); the
/// parser reads the vocabulary it is given (`ReportParser.parse(_:vocabulary:)`) as `current`.
public struct TableVocabulary: Sendable, Equatable {
    /// The standard tables' vocabulary, the one every stored model is archived with.
    public static let standard = TableVocabulary(titles: standardTitles, addedTitles: [], columns: standardColumns)

    /// The vocabulary of the parse under way. A task-local value rather than a parameter of
    /// every parsing function: the words are read deep inside the layout readers, and a parse
    /// runs on one thread from start to end.
    @TaskLocal static var current = standard

    /// Title fragments recognising a table, the most specific first.
    let titleFragments: [TitleFragment]
    /// Titles a pack added: a line printing one of them opens a table even when it does not end
    /// as the standard titles do (决算表, 决算总表, 明细表).
    let addedTitles: [String]
    let columnNames: [ColumnName]
    /// Every printed form of a value column, longest first, with the name it stands for.
    let printedColumnForms: [PrintedColumn]
    /// All words a header cell may spell out, for rejoining the pieces of wrapped headers.
    let headerWordList: [String]
    /// Value-column names, longest first, as text and as scalars (header matching).
    let columnWords: [String]
    let columnScalarWords: [[Unicode.Scalar]]

    struct TitleFragment: Sendable, Equatable {
        var fragment: String
        var kind: TableKind
    }

    struct ColumnName: Sendable, Equatable {
        var name: String
        var aliases: [String]
    }

    struct PrintedColumn: Sendable, Equatable {
        var printed: String
        var name: String
    }

    private init(titles: [TitleFragment], addedTitles: [String], columns: [ColumnName]) {
        titleFragments = titles
        self.addedTitles = addedTitles
        columnNames = columns
        printedColumnForms = columns
            .flatMap { column in ([column.name] + column.aliases).map { PrintedColumn(printed: $0, name: column.name) } }
            .sorted { $0.printed.count > $1.printed.count }
        headerWordList = Array(Set(
            printedColumnForms.map(\.printed) + Self.banners + Self.labelHeaders + Self.sides.flatMap { $0 } + ["支出功能分类科目编码", "经济分类科目编码"]
        )).sorted { $0.count > $1.count }
        columnWords = columns.map(\.name).sorted { $0.count > $1.count }
        columnScalarWords = columnWords.map { Array($0.unicodeScalars) }
    }

    /// This vocabulary with a format's own table titles (each of a standard kind, or `.other`)
    /// and value-column words, where it does not know them already: a title it reads as another
    /// kind, or an `.other` title that does not end as a table title does (决算表, 明细表), and a
    /// column word no header form spells. A format adding nothing gets this vocabulary back.
    public func adding(titles: [(title: String, kind: TableKind)], columns: [String]) -> TableVocabulary {
        let compact = { (text: String) in text.filter { !$0.isWhitespace } }
        var fragments = titleFragments
        var added = addedTitles
        for (title, kind) in titles.map({ (compact($0.title), $0.kind) }) where !title.isEmpty && !added.contains(title) {
            let known = kind == .other
                ? Self.titleEndings.contains(where: title.hasSuffix)
                : fragments.first(where: { title.contains($0.fragment) })?.kind == kind
            guard !known else { continue }
            if kind != .other { fragments.insert(TitleFragment(fragment: title, kind: kind), at: 0) }
            added.append(title)
        }
        let printed = Set(printedColumnForms.map(\.printed))
        let newColumns = Array(Set(columns.map(compact).filter { !$0.isEmpty && !printed.contains($0) })).sorted()
        guard added != addedTitles || !newColumns.isEmpty else { return self }
        return TableVocabulary(titles: fragments, addedTitles: added, columns: columnNames + newColumns.map { ColumnName(name: $0, aliases: []) })
    }

    /// Title fragments recognising a table, the most specific first: regions number the tables
    /// differently (or not at all) and name some of them differently.
    private static let standardTitles: [TitleFragment] = ([
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
    ] as [(String, TableKind)]).map { TitleFragment(fragment: $0.0, kind: $0.1) }

    static var titles: [TitleFragment] { current.titleFragments }

    /// How an unnumbered title line ends.
    static let titleEndings: [String] = ["决算表", "决算总表", "明细表"]

    /// Label-column words each side of a two-sided table prints again: where the second copy
    /// begins, the second side does.
    static let sideAnchors: [String] = ["项目", "经济分类", "科目编码", "科目名称"]

    /// Value-column names as the model calls them, each with the other ways reports print it.
    private static let standardColumns: [ColumnName] = ([
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
    ] as [(String, [String])]).map { ColumnName(name: $0.0, aliases: $0.1) }

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

    static var printedColumns: [PrintedColumn] { current.printedColumnForms }

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

    static var headerWords: [String] { current.headerWordList }

    /// Whether a title line (blanks removed) prints a title a pack added.
    static func isAddedTitle(_ content: String) -> Bool {
        current.addedTitles.contains { content.contains($0) }
    }
}

extension TableKind {
    /// Recognises a standard table by its title.
    init(title: String) {
        let compact = title.filter { !$0.isWhitespace }
        self = TableVocabulary.titles.first { compact.contains($0.fragment) }?.kind ?? .other
    }
}
