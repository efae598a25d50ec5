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
        RuleDescription(id: id, name: texts.name, summary: texts.summary, help: texts.help, defaultLevel: level)
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
}
