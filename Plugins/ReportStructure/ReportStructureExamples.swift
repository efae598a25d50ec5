import CheckerKit

/// Snippets in the stored-text form: a whole small report of the 广东省 2021 format, built from
/// parts so that each example changes one thing, and narrative items on their own.
enum ReportStructureExamples {
    static let titles = [
        "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
        "一般公共预算财政拨款基本支出决算明细表", "一般公共预算财政拨款“三公”经费支出决算表",
        "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表",
    ]

    /// One printed table: a 合计 row with `amount`, or 0.00 and the 注 of an empty table.
    static func table(_ number: Int, amount: String?, note: String? = nil) -> String {
        let note = note ?? (amount == nil ? "本表本年度无发生额。" : "本表反映部门本年度情况。")
        return """
            表 \(number)

            \(titles[number - 1])

             部门 ：示例局  单位：万元

            项    目 行次 决算数

             合计 1 \(amount ?? "0.00")

            注：\(note)

            """
    }

    static func tables(except missing: Int? = nil, empty: Set<Int> = [8, 9], notes: [Int: String] = [:]) -> String {
        (1...9).filter { $0 != missing }.map { table($0, amount: empty.contains($0) ? nil : "10.00", note: notes[$0]) }.joined(separator: "\n")
    }

    static func report(year: String = "2021", department: String = "示例局", tables: String = tables(), threePublic: String = "“三公”经费财政拨款支出决算为 6.93 万元，完成预算 11.00 万元的 63.00%。", item: String = "") -> String {
        extracted("""
         第一部分：示例局 概况

        一、部门主要职责

            示例局负责示例工作。

         第二部分：\(department) \(year) 年部门决算表

        \(tables)
         第三部分：示例局 2021 年部门决算情况说明

        一、\(year) 年度收入支出决算总体情况说明

            示例局 2021 年度收入 10.00 万元，与 2020 年度相比持平。\(item)

        二、2021 年度财政拨款收入支出总表说明

            财政拨款收入 10.00 万元。

        三、2021 年度一般公共预算财政拨款“三公”经费支出决算情况说明

            \(threePublic)

        四、其他重要事项的情况说明

            截至 2021 年 12 月 31 日，本部门共有车辆 2 辆。

         第四部分：名词解释

        """)
    }

    /// PDF extraction leaves a blank after each line that ends a paragraph; the parser relies on it.
    static func extracted(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : $0 + " " }.joined(separator: "\n")
    }

    /// The report with a cover and a 目录 listing `listed` (table numbers) under its 决算表 part
    /// and `chapters` under its 情况说明 part.
    static func withContents(_ listed: [Int], extra: String? = nil, chapters: [String] = [], tables: String = tables(), body: String = report()) -> String {
        let entries = listed.map { "\(numerals[$0 - 1])、\(titles[$0 - 1])" } + (extra.map { ["十、\($0)"] } ?? [])
        let chapterEntries = chapters.enumerated().map { "\(numerals[$0.offset])、\($0.element)" }
        let contents = extracted("""
            示例局 2021 年度部门决算

            目 录

            第一部分 示例局概况

            第二部分 示例局 2021 年部门决算表

            \(entries.joined(separator: "\n\n"))

            第三部分 示例局 2021 年部门决算情况说明

            \(chapterEntries.joined(separator: "\n\n"))

            第四部分 名词解释

            """)
        return contents + (tables == ReportStructureExamples.tables() ? body : report(tables: tables))
    }

    static let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// The 情况说明 chapters of `report()` as a 目录 lists them, the last as the template spells it.
    static let chapterTitles = ["收入支出决算总体情况说明", "财政拨款收入支出总表说明", "一般公共预算财政拨款“三公”经费支出决算情况说明", "其他重要事项说明"]

    /// `report()` of a department whose name has a region, speaking of itself in its 概况 as `overview`.
    static func named(_ department: String, overview: String, item: String = "") -> String {
        report(item: item).replacingOccurrences(of: "示例局", with: department).replacingOccurrences(of: "\(department)负责示例工作。", with: overview)
    }

    /// `report()` of a district bureau, for names of other and superior departments.
    static let finance = named("上海市普陀区财政局", overview: "上海市普陀区财政局负责示例工作。")

    static func finding(_ rule: Rule, _ level: Level, _ text: String, zh: String? = nil, at place: ExpectedPlace? = nil) -> ExpectedFinding {
        ExpectedFinding(ruleID: rule.id, level: level, messageContains: text, zh: zh, at: place)
    }

    static let triggering = [
        CheckerExample(title: "a table in the 目录 that the body does not print", report: withContents(Array(1...9), extra: "部门整体支出绩效表"),
                       findings: [finding(.contentsMismatch, .warning, "the 目录 lists 部门整体支出绩效表, which the body does not print", zh: "目录列有部门整体支出绩效表，正文中却没有", at: .logical("十、部门整体支出绩效表"))]),
        CheckerExample(title: "a table printed but not in the 目录", report: withContents(Array(1...8)),
                       findings: [finding(.contentsMismatch, .warning, "国有资本经营预算财政拨款支出决算表 is printed but the 目录 does not list it", at: .logical("国有资本经营预算财政拨款支出决算表"))]),
        CheckerExample(title: "a table the 目录 names differently", report: withContents(Array(1...9)).replacingOccurrences(of: "四、财政拨款收入支出决算总表", with: "四、财政拨款收支决算总表"),
                       findings: [finding(.contentsMismatch, .note, "the 目录 calls 财政拨款收入支出决算总表 财政拨款收支决算总表", at: .logical("四、财政拨款收支决算总表"))]),
        CheckerExample(title: "a table in the 目录, missing from the body", report: withContents(Array(1...9), tables: tables(except: 6)),
                       findings: [finding(.missingTable, .error, "一般公共预算财政拨款基本支出决算明细表 is not printed though the 目录 lists it", zh: "未公开一般公共预算财政拨款基本支出决算明细表，但目录列有该表", at: .logical("六、一般公共预算财政拨款基本支出决算明细表"))]),
        CheckerExample(title: "the 财政拨款 chapter missing", report: report().replacingOccurrences(of: "二、2021 年度财政拨款收入支出总表说明", with: ""),
                       findings: [finding(.missingSection, .warning, "no chapter 财政拨款收入支出总表说明", at: .logical("情况说明 / 财政拨款收入支出总表说明"))]),
        CheckerExample(title: "a shortened department name in a part heading",
                       report: report().replacingOccurrences(of: "示例局", with: "汕尾市示例局").replacingOccurrences(of: "第二部分：汕尾市示例局", with: "第二部分：示例局"),
                       findings: [finding(.wrongDepartment, .warning, "calls the department 示例局, a shortened form of 汕尾市示例局", at: .logical("第二部分示例局2021年部门决算表"))]),
        CheckerExample(title: "a statement naming the department by a shortened name",
                       report: report().replacingOccurrences(of: "示例局", with: "汕尾市示例局").replacingOccurrences(of: "汕尾市示例局 2021 年度收入", with: "↓示例局 2021 年度收入"),
                       findings: [finding(.wrongDepartment, .warning, "names the department …示例局, not by its full name 汕尾市示例局", at: .marker(0))]),
        CheckerExample(title: "the 概况 calling the department by a name cut short", report: named("上海市普陀区财政局", overview: "↓普陀区财政局是主管全区财政工作的区政府工作部门。"),
                       findings: [finding(.wrongDepartment, .warning, "calls the department 普陀区财政局, a shortened form of its name 上海市普陀区财政局", zh: "将本部门称为普陀区财政局，是其全称上海市普陀区财政局的简称", at: .marker(0))]),
        CheckerExample(title: "a 本部门 statement calling the department by another ending",
                       report: named("汕尾市政务服务数据管理局", overview: "汕尾市政务服务数据管理局负责示例工作。", item: "本部门职责调整后，↓汕尾市政务服务数据局负责数字政府建设。"),
                       findings: [finding(.wrongDepartment, .warning, "calls the department 汕尾市政务服务数据局; its name is 汕尾市政务服务数据管理局", at: .marker(0))]),
        CheckerExample(title: "the 概况 naming the department of another district",
                       report: named("上海市普陀区财政局", overview: "上海市普陀区财政局是主管全区财政工作的区政府工作部门，↓静安区财政局负责本区国库集中支付工作。"),
                       findings: [finding(.wrongDepartment, .warning, "calls the department 静安区财政局, a department of another 区; the report is that of 上海市普陀区财政局", at: .marker(0))]),
        CheckerExample(title: "a 情况说明 chapter in the 目录 that the body does not print", report: withContents(Array(1...9), chapters: chapterTitles + ["部门整体支出绩效情况"]),
                       findings: [finding(.contentsMismatch, .warning, "the 目录 lists the chapter 五、部门整体支出绩效情况, which the 情况说明 does not print", at: .logical("五、部门整体支出绩效情况"))]),
        CheckerExample(title: "a 情况说明 chapter printed but not in the 目录", report: withContents(Array(1...9), chapters: chapterTitles.filter { $0 != "财政拨款收入支出总表说明" }),
                       findings: [finding(.contentsMismatch, .warning, "the chapter 财政拨款收入支出总表说明 is printed but the 目录 does not list it", at: .logical("2021年度财政拨款收入支出总表说明"))]),
        CheckerExample(title: "a statement about the department's 2020 in the 2021 report", report: report().replacingOccurrences(of: "示例局 2021 年度收入", with: "↓示例局 2020 年度收入"),
                       findings: [finding(.wrongYear, .warning, "speaks of 2020 in the 2021 report", at: .marker(0))]),
        CheckerExample(title: "表9 not printed", report: report(tables: tables(except: 9)),
                       findings: [finding(.missingTable, .error, "国有资本经营预算财政拨款支出决算表 is not printed", at: .logical("国有资本经营预算财政拨款支出决算表"))]),
        CheckerExample(title: "an empty 表8 without its 说明", report: report(tables: tables(notes: [8: "本表反映部门本年度政府性基金情况。"])),
                       findings: [finding(.emptyTableStatement, .warning, "政府性基金预算财政拨款收入支出决算表 prints no amounts", at: .logical("政府性基金预算财政拨款收入支出决算表"))]),
        CheckerExample(title: "表7 empty while its chapter states 6.93 万元",
                       report: report(tables: tables(empty: [7, 8, 9]), threePublic: "“三公”经费财政拨款支出决算为 ↓6.93 万元，完成预算 11.00 万元的 63.00%。"),
                       findings: [finding(.emptyTableWithAmounts, .error, "states 6.93 万元", at: .marker(0))]),
        CheckerExample(title: "a chapter heading naming 2020 in the 2021 report", report: report(year: "2020").replacingOccurrences(of: "第二部分：示例局 2020", with: "第二部分：示例局 2021"),
                       findings: [finding(.wrongYear, .error, "names 2020; the report is the 2021 report", at: .logical("一、2020年度收入支出决算总体情况说明"))]),
        CheckerExample(title: "the 决算表 part named after another department", report: report(department: "示例厅"),
                       findings: [finding(.wrongDepartment, .error, "names 示例厅; the report is that of 示例局", at: .logical("第二部分示例厅2021年部门决算表"))]),
        CheckerExample(title: "a chapter heading naming another department", report: finance.replacingOccurrences(of: "一、2021 年度收入支出决算总体情况说明", with: "↓一、上海市普陀区民政局 2021 年度收入支出决算总体情况说明"),
                       findings: [finding(.wrongDepartment, .error, "names 上海市普陀区民政局; the report is that of 上海市普陀区财政局", at: .marker(0))]),
        CheckerExample(title: "a table title naming another department", report: finance.replacingOccurrences(of: "表 2 \n\n收入决算表 \n", with: "↓表 2 \n\n上海市普陀区民政局 2021 年度收入决算表 \n"),
                       findings: [finding(.wrongDepartment, .error, "names 上海市普陀区民政局; the report is that of 上海市普陀区财政局", at: .marker(0))]),
        CheckerExample(title: "the year-end date of another year", report: report().replacingOccurrences(of: "截至 2021 年 12 月 31 日", with: "↓截至 2020 年 12 月 31 日"),
                       findings: [finding(.wrongYear, .warning, "at 2021年12月31日, not 2020", at: .marker(0))]),
        CheckerExample(title: "placeholders left from the template", report: report(item: "政府采购金额为 ↓XXX 万元，主要原因：↓XXXXXXXX。支出↓增加（减少）。于↓X月X日完成↓【 】。"),
                       findings: [finding(.placeholder, .error, "“XXX 万元”", at: .marker(0)), finding(.placeholder, .warning, "“XXXXXXXX”", at: .marker(1)),
                                  finding(.placeholder, .warning, "“增加（减少）”", at: .marker(2)), finding(.placeholder, .error, "“X月X日”", at: .marker(3)),
                                  finding(.placeholder, .warning, "“【 】”", at: .marker(4))]),
        CheckerExample(title: "决算数大于预算数 though the 决算 is smaller", report: report(item: "全年预算为 52.00 万元，支出决算为 51.32 万元。↓决算数大于全年预算数的主要原因：人员变动。"),
                       findings: [finding(.budgetComparison, .error, "the 决算数 is 小于 the 预算数", at: .marker(0))]),
        CheckerExample(title: "决算数等于调整预算数 though they differ", report: report(item: "调整预算为 60.00 万元，支出决算为 51.32 万元。↓决算数等于调整预算数。"),
                       findings: [finding(.budgetComparison, .error, "the 决算数 is 小于 the 预算数", at: .marker(0))]),
        CheckerExample(title: "完成年初预算的 95.89% against a 年初预算 of 0", report: report(item: "年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，↓完成年初预算的 95.89%。"),
                       findings: [finding(.completionBase, .error, "it should read 完成全年预算的 95.89%", at: .marker(0))]),
        CheckerExample(title: "a completion percentage computed against the other budget", report: report(item: "年初预算为 300.00 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，↓完成年初预算的 95.89%。"),
                       findings: [finding(.completionBase, .error, "the 全年预算, not the 年初预算", at: .marker(0))]),
        CheckerExample(title: "doubled punctuation, a percentage without %, a word twice", report: report(item: "占 50.00%。其中人员支出占 ↓50.00↓。。用于↓支出支出。"),
                       findings: [finding(.typography, .note, "has no % sign", at: .marker(0)), finding(.typography, .note, "doubled punctuation", at: .marker(1)),
                                  finding(.typography, .note, "repeats a word", at: .marker(2))]),
        CheckerExample(title: "the blank template", report: report(department: "上海市 XX 局", tables: tables(empty: Set(1...9)), threePublic: "上海市 XX 局无“三公”经费支出。",
                                                                   item: "支出 ↓XXX 万元，占 XX%；" + String(repeating: "支出 XXX 万元，占 XX%；", count: 9))
                            .replacingOccurrences(of: "第一部分：示例局", with: "第一部分：上海市 XX 局"),
                       findings: [finding(.blankTemplate, .note, "this is the blank template", at: .marker(0))]),
    ]

    static let nonTriggering = [
        CheckerExample(title: "a complete report of the 2021 format", report: report(),
                       findings: Rule.allCases.map { finding($0, $0.level, "") }),
        CheckerExample(title: "a 目录 listing exactly the tables printed", report: withContents(Array(1...9)),
                       findings: [finding(.contentsMismatch, .warning, ""), finding(.missingTable, .error, "")]),
        CheckerExample(title: "a superior department named as such", report: report(item: "完成省政务服务数据管理局交办的任务，省示例局 2021 年度下达资金 1.00 万元。"),
                       findings: [finding(.wrongDepartment, .warning, ""), finding(.wrongDepartment, .error, "")]),
        CheckerExample(title: "a superior department, the funder, a project and another organisation in the report's own statements",
                       report: named("中共上海市普陀区委社会工作部", overview: "中共上海市普陀区委社会工作部负责落实市委社会工作部的工作要求，本部门指导上海市普陀区社会工作发展服务中心负责志愿服务工作。",
                                     item: "本部门收到上海市普陀区财政局拨付的资金，上海市财政局是资金的主管部门，省政务服务数据管理局负责指导；社会工作部门建设项目本年度完成。"),
                       findings: [finding(.wrongDepartment, .warning, ""), finding(.wrongDepartment, .error, "")]),
        CheckerExample(title: "the department's short name inside the name of its own rules, and the city's bureau above it",
                       report: named("上海市普陀区财政局", overview: "上海市普陀区财政局是主管全区财政工作的区政府工作部门，本部门会同区税务局负责非税收入征管。上海市普陀区财政局会同区税务局负责税收协调。", item: "本部门制定了普陀区财政局预算绩效管理实施办法，建立了普陀区财政局预算绩效管理工作机制；上海市财政局是本部门的业务指导部门。"),
                       findings: [finding(.wrongDepartment, .warning, "")]),
        CheckerExample(title: "a heading and a table title naming the department itself",
                       report: finance.replacingOccurrences(of: "一、2021 年度收入支出决算总体情况说明", with: "一、上海市普陀区财政局 2021 年度收入支出决算总体情况说明")
                           .replacingOccurrences(of: "\n收入决算表 \n", with: "\n上海市普陀区财政局 2021 年度收入决算表 \n"),
                       findings: [finding(.wrongDepartment, .warning, ""), finding(.wrongDepartment, .error, "")]),
        CheckerExample(title: "headings naming superior departments as such", report: finance.replacingOccurrences(of: "    截至 2021 年", with: "（一）上海市财政局 2021 年度转移支付情况 \n\n（二）市财政局 2021 年度专项资金情况 \n\n    截至 2021 年"),
                       findings: [finding(.wrongDepartment, .warning, ""), finding(.wrongDepartment, .error, "")]),
        CheckerExample(title: "a heading naming a unit the 单位构成 lists, and one named after the department",
                       report: named("上海市普陀区财政局", overview: "上海市普陀区财政局负责示例工作。 \n\n二、部门决算单位构成 \n\n    纳入部门决算编制范围的单位包括上海市普陀区财政局本级、上海市普陀区国库收付中心。")
                           .replacingOccurrences(of: "    截至 2021 年", with: "（一）上海市普陀区国库收付中心 2021 年度资产情况 \n\n（二）上海市普陀区财政局财政所 2021 年度资产情况 \n\n    截至 2021 年"),
                       findings: [finding(.wrongDepartment, .warning, ""), finding(.wrongDepartment, .error, "")]),
        CheckerExample(title: "headings naming no department, or the department as 本部门", report: report().replacingOccurrences(of: "    截至 2021 年", with: "（一）本部门 2021 年度资产情况 \n\n（二）2021 年度车辆情况 \n\n    截至 2021 年"),
                       findings: [finding(.wrongDepartment, .warning, ""), finding(.wrongDepartment, .error, "")]),
        CheckerExample(title: "a 目录 listing the 情况说明 chapters, 其他重要事项说明 for the body's 其他重要事项的情况说明", report: withContents(Array(1...9), chapters: chapterTitles),
                       findings: [finding(.contentsMismatch, .warning, ""), finding(.contentsMismatch, .note, "")]),
        CheckerExample(title: "prior-year comparisons, titles in 《》 and past events keep their years",
                       report: report(item: "根据《2020年数字政府建设方案》，2020 年完成一期建设，比 2020 年度增加 1.00 万元。"),
                       findings: [finding(.wrongYear, .error, ""), finding(.wrongYear, .warning, "")]),
        CheckerExample(title: "决算数小于预算数 when it is", report: report(item: "全年预算为 52.00 万元，支出决算为 51.32 万元。决算数小于全年预算数的主要原因：人员变动。决算数与预算数持平的不用说明。"),
                       findings: [finding(.budgetComparison, .error, "")]),
        CheckerExample(title: "completion against the budget it names, and 0% of a zero budget", report: report(item: "年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，完成全年预算的 95.89%。公务接待费预算为 0.00 万元，决算为 0.00 万元，完成预算的 0%。"),
                       findings: [finding(.completionBase, .error, "")]),
        CheckerExample(title: "empty tables with their 说明 and chapters without amounts", report: report(tables: tables(empty: [7, 8, 9], notes: [7: "示例局本年度没有财政拨款“三公”经费支出，故本表无数据。"]), threePublic: "示例局 2021 年度无“三公”经费财政拨款支出。"),
                       findings: [finding(.emptyTableStatement, .warning, ""), finding(.emptyTableWithAmounts, .error, ""), finding(.wrongDepartment, .error, "")]),
    ]
}
