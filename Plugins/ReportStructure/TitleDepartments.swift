import CheckerKit
import ReportModel

/// Level-2 and deeper headings and the table titles that open with a department's name before
/// the year ("上海市普陀区民政局2024年度收入决算表"): the name must be the report's own. A superior
/// department, under a region the department's own is part of ("上海市财政局" in the 上海市普陀区财政局's
/// report) or named by a higher level alone ("省政务服务数据管理局", "市委社会工作部"), is that department.
struct TitleDepartments {
    let view: DocumentView
    let name: String

    static let namePattern = #"^(\p{Han}{2,40}?(?:局|部|委|办|院|中心|所|会|厅|室|站|队|馆|处))\d{4}年"#
    /// Words of a heading, not of a name: where a chapter's heading runs into its first sentence,
    /// "收入支出决算总体情况说明上海市普陀区财政局" is no department.
    static let headingWords = ["决算", "说明", "情况", "收入", "支出"]
    /// Words that stand for the department itself: "本部门2024年度…".
    static let selfWords: Set<Character> = ["本", "我", "该"]
    static let levelRanks: [Character: Int] = ["省": 3, "市": 2, "区": 1, "县": 1]

    var findings: [Finding] {
        let headings = view.report.sections.filter { $0.level >= 2 }.compactMap { section in
            finding(Compact.text(section.title), Locations.section(section), LocalizedText(en: "the heading \(section.marker)\(Compact.text(section.title))", zh: "标题“\(section.marker)\(Compact.text(section.title))”"))
        }
        let tables = view.report.tables.compactMap { table in
            finding(Compact.text(table.title), Locations.table(table), LocalizedText(en: "the table title \(Compact.text(table.title))", zh: "表名“\(Compact.text(table.title))”"))
        }
        let chapters = view.chapters.filter(\.opensParagraph).compactMap { chapter in
            finding(chapter.title, Locations.chapter(chapter), LocalizedText(en: "the heading of chapter \(chapter.title.prefix(20))…", zh: "章节标题“\(chapter.title.prefix(20))…”"))
        }
        return headings + tables + chapters
    }

    private func finding(_ title: String, _ location: FindingLocation, _ place: LocalizedText) -> Finding? {
        guard let other = TitleDepartments.leadingName(of: title), let first = other.first,
              !TitleDepartments.selfWords.contains(first), !other.hasPrefix(name), !units.contains(other), !isSuperior(other) else { return nil }
        return IdentityRules.compare(other, name, location, place)
    }

    /// The text of the 部门决算单位构成, which lists the units the report covers: a title naming one
    /// ("上海市普陀区国库收付中心2024年度…", "上海市普陀区财政局财政所…") is about the department's own accounts.
    private var units: String {
        let paragraphs = view.report.paragraphs.filter { $0.span.startLine >= view.bodyStart }
        guard let start = view.bodySections.first(where: { Compact.text($0.title).contains("单位构成") })?.span.startLine
                ?? paragraphs.first(where: { Compact.text($0.text).contains("单位构成") })?.span.startLine else { return "" }
        let end = view.bodySections.first { $0.level == 1 && $0.span.startLine > start }?.span.startLine ?? Int.max
        return paragraphs.filter { $0.span.startLine >= start && $0.span.startLine < end }.map { Compact.text($0.text) }.joined()
    }

    /// The department's name a title opens with, before its year.
    static func leadingName(of title: String) -> String? {
        guard let name = Patterns.firstMatch(namePattern, in: title)?[1] ?? nil, !headingWords.contains(where: name.contains) else { return nil }
        return name
    }

    private func isSuperior(_ other: String) -> Bool {
        let own = TitleDepartments.region(of: name), theirs = TitleDepartments.region(of: other)
        if !theirs.isEmpty { return own.count > theirs.count && own.hasPrefix(theirs) }
        guard let level = other.first.flatMap({ TitleDepartments.levelRanks[$0] }),
              let ownLevel = own.last(where: { TitleDepartments.levelRanks[$0] != nil }).flatMap({ TitleDepartments.levelRanks[$0] }) else { return false }
        return level > ownLevel
    }

    /// "上海市普陀区" of 中共上海市普陀区委社会工作部: the regions, without 中共 and 委.
    static func region(of department: String) -> String {
        guard let prefix = Patterns.firstMatch(DepartmentVariants.prefixPattern, in: department)?[1] ?? nil else { return "" }
        let withoutParty = prefix.hasPrefix("中共") ? String(prefix.dropFirst(2)) : prefix
        return withoutParty.hasSuffix("委") ? String(withoutParty.dropLast()) : withoutParty
    }
}
