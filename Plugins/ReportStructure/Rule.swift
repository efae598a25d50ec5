import CheckerKit

/// The rules this checker reports under.
enum Rule: String, CaseIterable {
    case missingTable = "missing-table"
    case contentsMismatch = "contents-mismatch"
    case emptyTableStatement = "empty-table-statement"
    case emptyTableWithAmounts = "empty-table-with-amounts"
    case missingSection = "missing-section"
    case wrongYear = "wrong-year"
    case wrongDepartment = "wrong-department"
    case placeholder
    case blankTemplate = "blank-template"
    case budgetComparison = "budget-comparison"
    case completionBase = "completion-base"
    case typography

    var id: String { "\(ReportStructure.id).\(rawValue)" }

    /// The most serious level the rule reports at; placeholders and names may be less.
    var level: Level {
        switch self {
        case .missingTable, .emptyTableWithAmounts, .wrongYear, .wrongDepartment, .placeholder, .budgetComparison, .completionBase: .error
        case .contentsMismatch, .emptyTableStatement, .missingSection: .warning
        case .blankTemplate, .typography: .note
        }
    }

    var description: RuleDescription {
        RuleDescription(
            id: id, name: LocalizedText(en: texts.name, zh: textsZh.name), summary: LocalizedText(en: texts.summary, zh: textsZh.summary),
            help: LocalizedText(en: texts.help, zh: textsZh.help), defaultLevel: level
        )
    }

    private var texts: (name: String, summary: String, help: String) {
        switch self {
        case .missingTable:
            ("Required table missing", "A table the report's format requires is not printed.", "Add the table; a table without amounts is still printed, with its 说明.")
        case .contentsMismatch:
            ("目录 and body disagree", "A table or 情况说明 chapter listed in the 目录 is not in the body, or one in the body is not listed.", "Make the 目录 list exactly the tables and chapters printed.")
        case .emptyTableStatement:
            ("Empty table without its 说明", "A table printed without amounts lacks the 说明 the format requires (本表无数据 / 没有…收入和支出).", "Add the 说明 under the table.")
        case .emptyTableWithAmounts:
            ("Empty table, amounts in its 情况说明", "A table is printed without amounts while the chapter explaining it states amounts.", "Either the table lost its figures or the chapter describes another year or department; correct the one that is wrong.")
        case .missingSection:
            ("Required 情况说明 chapter missing", "A chapter of the 情况说明 that the format requires is not in the body.", "Add the chapter; where nothing happened the format asks for a sentence saying so.")
        case .wrongYear:
            ("Another report year", "A heading, table title or statement about the report names a year other than the report's.", "Change the year to the report's; comparisons with last year keep theirs.")
        case .wrongDepartment:
            ("Another department", "A heading, table title or 说明 names a department other than the report's (its own units and superior departments named as such aside), or a heading, 说明 or the report's own statement (概况, 本部门 / 我局) gives a truncated or variant form of its name.", "Use the department's full name, as on the cover.")
        case .placeholder:
            ("Template placeholder left", "Text of the blank template (XX局, XXX 万元, 增加（减少）, instructions) is still in the report.", "Fill in the name or figure, choose the wording, delete the instruction.")
        case .blankTemplate:
            ("Blank template", "The report is the blank template itself: every table empty, placeholders everywhere.", "Nothing to check until the template is filled in.")
        case .budgetComparison:
            ("决算 vs 预算 wording", "\"决算数大于/小于/等于预算数\" disagrees with the budget and final figures the same item states.", "Correct the comparison word or the figures.")
        case .completionBase:
            ("Completion against the wrong budget", "\"完成年初预算的 p%\" is computed against another budget than the one it names, or against a budget of 0.", "Name the budget the percentage is computed from, or recompute it.")
        case .typography:
            ("Typography", "Doubled punctuation, a percentage printed without its %, a word printed twice.", "Correct the typing.")
        }
    }

    private var textsZh: (name: String, summary: String, help: String) {
        switch self {
        case .missingTable:
            ("缺少应公开的表", "未公开本格式要求公开的决算表。", "补充公开该表；无数据的表也应公开，并附说明。")
        case .contentsMismatch:
            ("目录与正文不一致", "目录所列的表或情况说明章节正文中没有，或正文中的表或章节目录未列。", "使目录所列与正文公开的表和章节完全一致。")
        case .emptyTableStatement:
            ("空表未附说明", "无数据的表缺少格式要求的说明（本表无数据 / 没有…收入和支出）。", "在表下补充说明。")
        case .emptyTableWithAmounts:
            ("空表而说明中有金额", "表中无数据，而对应的说明章节却列有金额。", "要么表中数据缺失，要么该章节写的是其他年度或其他部门；请更正有误的一方。")
        case .missingSection:
            ("缺少应有的情况说明章节", "情况说明缺少本格式要求的章节。", "补充该章节；无相关事项的，格式要求写明无此项。")
        case .wrongYear:
            ("年度错误", "标题、表名或有关报告的表述写的年度与本报告年度不符。", "改为本报告年度；与上年比较处的年度保持不变。")
        case .wrongDepartment:
            ("部门名称错误", "标题、表名或说明写的是其他部门（本部门所属单位及上级部门除外），或标题、说明、本部门的自述（概况、本部门 / 我局）使用了简称或其他写法。", "使用封面所列的部门全称。")
        case .placeholder:
            ("模板占位符未替换", "报告中仍留有空白模板的文字（XX局、XXX 万元、增加（减少）、填报说明）。", "填写名称或数字，选定措辞，删除填报说明。")
        case .blankTemplate:
            ("空白模板", "报告本身就是空白模板：各表均无数据，到处是占位符。", "模板填写完成后才能检查。")
        case .budgetComparison:
            ("决算与预算比较表述错误", "“决算数大于/小于/等于预算数”与同一事项所列预算数、决算数不符。", "更正比较用词或数字。")
        case .completionBase:
            ("完成比例的预算口径错误", "“完成年初预算的 p%”是按另一口径的预算计算的，或预算为 0。", "写明计算比例所用的预算口径，或重新计算。")
        case .typography:
            ("文字录入错误", "标点重复、百分比漏印 %、词语重复。", "更正录入错误。")
        }
    }
}
