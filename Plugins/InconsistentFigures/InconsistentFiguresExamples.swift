import CheckerKit

/// Report snippets in the stored-text form, with what they must and must not produce.
enum InconsistentFiguresExamples {
    /// A narrative with two sections, each stating one sentence. Lines end in a blank, as in
    /// text extracted from a PDF, so that the headings stand on their own.
    private static func twoSections(_ first: String, _ second: String) -> String {
        [" 第三部分：示例单位 2021 年部门决算情况说明", "一、部门整体支出绩效自评", first, "二、项目绩效自评", second]
            .map { $0 + " \n" }
            .joined(separator: "\n")
    }

    /// A basic-expenditure table of one side, with any extra item row, and a sentence that lists
    /// its items.
    private static func basicExpenditure(_ sentence: String, extraRow: String = "") -> String {
        """
        一般公共预算财政拨款基本支出决算表

         部门 ：示例单位  单位：万元

        经济分类科目编码 科目名称 决算数

        302 商品和服务支出 5.00

        30201 办公费 3.00

        30207 邮电费 0.00

        30211 差旅费 2.00

        \(extraRow)

         第三部分 示例单位 2024 年度部门决算情况说明

        六、一般公共预算财政拨款基本支出决算情况说明

        \(sentence)

        """
    }

    /// A sentence stating a total, then a table in the narrative as the seed prints one (a
    /// title line, a header of column names, rows of a label and counts).
    private static func narrativeTable(_ sentence: String, rows: [String]) -> String {
        ([" 第三部分：示例单位 2021 年部门决算情况说明", "（13）汕尾市业务协同中台", sentence, "汕尾市业务协同中台接口调用情况", "服务名称 总服务次数 成功次数 失败次数 平均响应时间"] + rows)
            .map { $0 + " \n" }
            .joined(separator: "\n")
    }

    static let triggering = [
        CheckerExample(
            title: "the same quantity in two sections",
            report: twoSections(
                "大厅自启用以来，累计接待群众和企业人数 ↓123788 人，日均人流量 1330 人次。",
                "大厅自启用以来，接待群众和企业人数 127748 人，日均人流量 1330 人次。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.contradiction.id, level: .warning, messageContains: "大厅自启用以来累计接待群众和企业人数: 123788 人 (line 5) vs 127748 人 (line 9)",
                                       zh: "大厅自启用以来累计接待群众和企业人数：123788 人（第 5 行） 与 127748 人（第 9 行）", at: .marker(0))]
        ),
        CheckerExample(
            title: "amounts in different units that disagree after conversion",
            report: twoSections("公共资源交易项目成交金额 ↓1.3 亿元。", "公共资源交易项目成交金额 12,000 万元。"),
            findings: [ExpectedFinding(ruleID: Rule.contradiction.id, level: .warning, messageContains: "1.3 亿元 (line 5) vs 12,000 万元 (line 9)", at: .marker(0))]
        ),
        CheckerExample(
            title: "a cumulative count that falls between two dates",
            report: twoSections(
                "截至 2021 年 11 月 26 日，善美店小二小程序累计访问人数 ↓14376 人。",
                "截至 2022 年 5 月 29 日，善美店小二小程序累计访问人数 12376 人。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.cumulativeDecrease.id, level: .warning, messageContains: "14376 人 (截至2021年11月26日, line 5) then 12376 人", at: .marker(0))]
        ),
        CheckerExample(
            title: "one count of one platform in two wordings: the subject named in the sentence before and in the sentence itself",
            report: twoSections(
                "二是全省率先打造一体化监管平台。对预约、排队、受理、审批、评价等 ↓9 个标准环节进行全流程监管。",
                "一体化监管平台将政务服务事项过程标准化为预约、排队、受理、审批、评价等 11 个标准环节。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.countContradiction.id, level: .warning, messageContains: "一体化监管平台: 9 个标准环节 (line 5) vs 11 个标准环节 (line 9)",
                                       zh: "一体化监管平台：9 个标准环节（第 5 行） 与 11 个标准环节（第 9 行）；同一对象的同一计数", at: .marker(0))]
        ),
        CheckerExample(
            title: "a list of counts stated twice, compared item by item",
            report: twoSections(
                "目前“数看汕尾”上线 ↓20 个专题模块 121 个业务主题、955 个分析指标。",
                "统筹组织“数看汕尾”开发，完成 35 个专题模块 178 个主题、1186 个指标上线。"
            ),
            findings: [ExpectedFinding(
                ruleID: Rule.countContradiction.id, level: .warning,
                messageContains: "数看汕尾: 20 个专题模块, 121 个业务主题, 955 个分析指标 (line 5) vs 35 个专题模块, 178 个主题, 1186 个指标 (line 9)",
                at: .marker(0)
            )]
        ),
        CheckerExample(
            title: "growth from nothing: a unit founded this year",
            report: twoSections(
                "示例单位 2024 年度收入支出总计 307.82 万元。与 2023 年度相比，收入支出总计增加 307.82 万元，增长 ↓100.00%。主要原因：单位于 2024 年成立。",
                "机关运行经费支出 10.23 万元，比 2023 年度增加 10.23 万元，增长 ↓100.00%。"
            ),
            findings: [
                ExpectedFinding(ruleID: Rule.growthFromZero.id, level: .warning, messageContains: "增长 100.00% on an increase of 307.82 万元 to 307.82 万元", at: .marker(0)),
                ExpectedFinding(ruleID: Rule.growthFromZero.id, level: .warning, messageContains: "增长 100.00% on an increase of 10.23 万元 to 10.23 万元", at: .marker(1)),
            ]
        ),
        CheckerExample(
            title: "more certified than applied in two parts of the breakdown",
            report: twoSections(
                "“善美店小二”小程序，申请认证用户数 10055 人，认证成功用户数 8178 人，申请认证企业数 8717 家（其中汕尾市 6781 家，深圳市 197 家，剩余 1739 家），认证成功企业数 7692 家（其中汕尾市 ↓7242 家，深圳市 201 家，剩余 72 家）。",
                "本年度无其他说明。"
            ),
            findings: [ExpectedFinding(
                ruleID: Rule.partExceedsWhole.id, level: .warning,
                messageContains: "认证成功企业数 exceeds 申请认证企业数 (家): 汕尾市 7242 > 6781, 深圳市 201 > 197; more approved than applied",
                at: .marker(0)
            )]
        ),
        CheckerExample(
            title: "one rate, two values: 提升到 a% in one section, b% in another",
            report: twoSections(
                "已完成 250 个事项深度优化：③物流应用比率由 36.49%提升到 ↓90.18%。④一次办比率由 99.03%提升到 99.79%。",
                "已完成事项物流服务配置实施，业务人员生成物流订单。物流应用比率 99.93%。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.rateContradiction.id, level: .warning, messageContains: "物流应用比率: 90.18% (line 5) vs 99.93% (line 9)", at: .marker(0))]
        ),
        CheckerExample(
            title: "a complete list (分别为) whose parts fall short of the whole",
            report: twoSections("截至 2021 年 12 月 31 日，本部门共有车辆 ↓3 辆，分别为岗位保障用车 1 辆、机要通信用车 1 辆。", "本年度无其他说明。"),
            findings: [ExpectedFinding(
                ruleID: Rule.exhaustiveShortfall.id, level: .warning,
                messageContains: "the parts of a complete list fall short of their whole: 1 + 1 = 2 辆, the whole is 3 辆 (gap 1 辆)",
                at: .marker(0)
            )]
        ),
        CheckerExample(
            title: "a 包括…和… list of amounts that falls short, and a 其中 list closed by 其他",
            report: twoSections(
                "项目支出 ↓100.00 万元，包括信息化建设支出 55.00 万元和运维支出 40.00 万元。",
                "共有车辆 ↓5 辆，其中，岗位保障用车 1 辆、机要通信用车 1 辆、其他用车 2 辆。"
            ),
            findings: [
                ExpectedFinding(ruleID: Rule.exhaustiveShortfall.id, level: .warning, messageContains: "55.00 + 40.00 = 95.00 万元, the whole is 100.00 万元 (gap 5.00 万元)", at: .marker(0)),
                ExpectedFinding(ruleID: Rule.exhaustiveShortfall.id, level: .warning, messageContains: "1 + 1 + 2 = 4 辆, the whole is 5 辆 (gap 1 辆)", at: .marker(1)),
            ]
        ),
        CheckerExample(
            title: "two categories that partition their whole (男/女 after 其中, 行政/事业 after a 共 whole with no marker) fall short",
            report: twoSections(
                "截至 2021 年 12 月 31 日，本部门在职人员 ↓35 人，其中男性 18 人、女性 15 人。",
                "本部门共有编制 ↓20 名，行政编制 12 名、事业编制 6 名。"
            ),
            findings: [
                ExpectedFinding(ruleID: Rule.exhaustiveShortfall.id, level: .warning, messageContains: "18 + 15 = 33 人, the whole is 35 人 (gap 2 人)", at: .marker(0)),
                ExpectedFinding(ruleID: Rule.exhaustiveShortfall.id, level: .warning, messageContains: "12 + 6 = 18 名, the whole is 20 名 (gap 2 名)", at: .marker(1)),
            ]
        ),
        CheckerExample(
            title: "a row of a table in the narrative above the total the text states for it",
            report: narrativeTable(
                "截至 11 月 26日，数字办件接口、善美码接口、办事预约接口等累计调用 ↓100000 次。",
                rows: ["短信接口 16564 16564 0 11", "预约接口 191905 191905 0 215", "善美码接口 172 172 0 103"]
            ),
            findings: [ExpectedFinding(
                ruleID: Rule.tableRowOverTotal.id, level: .warning,
                messageContains: "汕尾市业务协同中台接口调用情况: 预约接口 总服务次数 191905 > the total of 100000 次 the text states for the table",
                at: .marker(0)
            )]
        ),
        CheckerExample(
            title: "a list naming an item the basic-expenditure table shows as 0.00",
            report: basicExpenditure("公用经费 5.00 万元，主要包括：办公费、↓邮电费、差旅费。"),
            findings: [ExpectedFinding(ruleID: Rule.listedZeroItem.id, level: .note, messageContains: "the list names 邮电费 (30207 0.00), which the basic-expenditure table shows as zero", at: .marker(0))]
        ),
        CheckerExample(
            title: "complementary rates that add to more than 100%",
            report: twoSections("对 120 家企业开展抽查，抽查合格率 ↓95.0%，不合格率 6.0%。", "本年度无其他说明。"),
            findings: [ExpectedFinding(
                ruleID: Rule.complementaryRates.id, level: .warning,
                messageContains: "抽查合格率 95.0% + 不合格率 6.0% = 101.0%: complementary rates of one population add to 100%",
                at: .marker(0)
            )]
        ),
        CheckerExample(
            title: "shares of one whole that add to more than 100%",
            report: twoSections("“三公”经费支出 6.93 万元。其中，公务用车购置及运行费 5.80 万元，占 ↓84.69%；公务接待费 1.13 万元，占 16.31%。", "本年度无其他说明。"),
            findings: [ExpectedFinding(
                ruleID: Rule.sharesOverWhole.id, level: .warning,
                messageContains: "占 84.69% + 16.31% = 101.00%: shares of one whole add to more than 100% beyond rounding (at least 100.990%)",
                at: .marker(0)
            )]
        ),
        CheckerExample(
            title: "a list of the table's items that leaves out one with money",
            report: basicExpenditure("公用经费 6.00 万元，主要包括：↓办公费、差旅费。", extraRow: "30213 维修（护）费 1.00"),
            findings: [ExpectedFinding(
                ruleID: Rule.listOmitsItem.id, level: .note,
                messageContains: "the list names 2 items of the basic-expenditure table by their labels but leaves out 维修（护）费 (30213 1.00), which the table shows with money",
                at: .marker(0)
            )]
        ),
        CheckerExample(
            title: "a growth percentage where the sentence says last year had none",
            report: twoSections("上年无此项支出，本年培训费支出 5.00 万元，比上年增长 ↓100.00%。", "本年度无其他说明。"),
            findings: [ExpectedFinding(
                ruleID: Rule.growthFromZero.id, level: .warning,
                messageContains: "增长 100.00% where the sentence says 上年无此项: last year's figure is 0, and growth from zero has no percentage",
                at: .marker(0)
            )]
        ),
    ]

    static let nonTriggering = [
        CheckerExample(
            title: "a series over dates: a cumulative count that grows is a note, not a contradiction",
            report: twoSections(
                "截至 2021 年 11 月 26 日，善美店小二小程序累计发布各类政策信息 6527 项。",
                "截至 2022 年 5 月 29 日，善美店小二小程序累计发布各类政策信息 6851 项。"
            ),
            findings: [
                ExpectedFinding(ruleID: Rule.contradiction.id, level: .warning, messageContains: "6527"),
                ExpectedFinding(ruleID: Rule.cumulativeDecrease.id, level: .warning, messageContains: "6527"),
            ]
        ),
        CheckerExample(
            title: "the same amount in 亿元 and 万元: 1.3 亿元 is 13,000 万元",
            report: twoSections("公共资源交易项目成交金额 1.3 亿元。", "公共资源交易项目成交金额 13,000 万元。"),
            findings: [ExpectedFinding(ruleID: Rule.contradiction.id, level: .warning, messageContains: "1.3 亿元")]
        ),
        CheckerExample(
            title: "two different quantities that only look alike: the projects' spending and the department's",
            report: twoSections(
                "共组织对“汕尾市 5G+智慧政务服务中心建设项目”等 12 个项目开展了重点绩效评价，涉及一般公共预算支出 11876.64 万元。",
                "组织部门整体支出绩效自评（含下属单位 2 个），涉及一般公共预算支出 20864.64 万元。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.contradiction.id, level: .warning, messageContains: "涉及一般公共预算支出")]
        ),
        CheckerExample(
            title: "two different quantities that only look alike: the words before a number name the previous number's noun",
            report: twoSections(
                "全市 82 种证照目录支撑全市 8631 项办事事项。",
                "今年以来，58 种证照目录支撑全市 1511 项事项。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.contradiction.id, level: .warning, messageContains: "证照目录支撑全市")]
        ),
        CheckerExample(
            title: "a project evaluation pasted twice with identical figures",
            report: twoSections(
                "截至 2021 年 11 月 26 日，善美码在政务服务办事场景中累计出示 49385 次，调用 1050 次。",
                "截至 2021 年 11 月 26 日，善美码在政务服务办事场景中累计出示 49385 次，调用 1050 次。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.contradiction.id, level: .warning, messageContains: "49385")]
        ),
        CheckerExample(
            title: "a count at two dates is a series, not two wordings",
            report: twoSections(
                "截至 2021 年 11 月 26 日，汕尾市业务协同中台提供 50 个接口能力。",
                "截至 2022 年 5 月 29 日，汕尾市业务协同中台提供 62 个接口能力。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.countContradiction.id, level: .warning, messageContains: "接口")]
        ),
        CheckerExample(
            title: "a target and an achievement: 目标 12 环节, 实际 11",
            report: twoSections("一体化监管平台的绩效目标为覆盖 12 个标准环节。", "一体化监管平台实际覆盖 11 个标准环节。"),
            findings: [ExpectedFinding(ruleID: Rule.countContradiction.id, level: .warning, messageContains: "标准环节")]
        ),
        CheckerExample(
            title: "a cumulative count and a year's count",
            report: twoSections("“善美店小二”小程序累计接入 16 个部门的服务事项。", "“善美店小二”小程序今年新接入 5 个部门的服务事项。"),
            findings: [ExpectedFinding(ruleID: Rule.countContradiction.id, level: .warning, messageContains: "部门")]
        ),
        CheckerExample(
            title: "an approximate count cannot contradict an exact one",
            report: twoSections("目前“数看汕尾”上线约 30 个专题模块。", "统筹组织“数看汕尾”开发，完成 35 个专题模块上线。"),
            findings: [ExpectedFinding(ruleID: Rule.countContradiction.id, level: .warning, messageContains: "专题模块")]
        ),
        CheckerExample(
            title: "two subjects in one paragraph: 粤商通's features are not 粤政易's",
            report: twoSections(
                "②“粤商通·汕尾版”全省率先上线企业开办秒批等 5 个特色功能；③“粤政易·汕尾版”全省率先上线“数看汕尾”等 7 个特色功能。",
                "“粤商通·汕尾版”上线 5 个特色功能。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.countContradiction.id, level: .warning, messageContains: "特色功能")]
        ),
        CheckerExample(
            title: "a range is not a count",
            report: twoSections("一体化监管平台覆盖 9-11 个标准环节。", "一体化监管平台覆盖 11 个标准环节。"),
            findings: [ExpectedFinding(ruleID: Rule.countContradiction.id, level: .warning, messageContains: "标准环节")]
        ),
        CheckerExample(
            title: "growth on a base that is not zero, and no change on a zero base",
            report: twoSections(
                "一般公共预算财政拨款收入 20,864.64 万元，比上年决算数增加 8,763.77 万元，增长 72.42%。",
                "政府性基金预算财政拨款收入 0.00 万元，比上年决算数增加 0.00 万元，增长 0.00%。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.growthFromZero.id, level: .warning, messageContains: "增长")]
        ),
        CheckerExample(
            title: "every certified part at most its applied part; users and enterprises are different quantities",
            report: twoSections(
                "“善美店小二”小程序，申请认证用户数 10055 人，认证成功用户数 8178 人，申请认证企业数 8717 家（其中汕尾市 6781 家，深圳市 197 家，剩余 1739 家），认证成功企业数 7692 家（其中汕尾市 6000 家，深圳市 190 家，剩余 72 家）。",
                "本年度无其他说明。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.partExceedsWhole.id, level: .warning, messageContains: "exceeds")]
        ),
        CheckerExample(
            title: "a rate's starting value, a rate at another date, a target, and every project's own completion rate",
            report: twoSections(
                "物流应用比率由 36.49%提升到 99.93%。截至 2022 年 5 月 29 日，一次办比率 99.79%。项目绩效目标为预约办比率 95.00%。项目预算完成率 26.28%。",
                "物流应用比率 99.93%。截至 2021 年 11 月 26 日，一次办比率 99.03%。预约办比率 99.79%。项目预算完成率 92.48%。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.rateContradiction.id, level: .warning, messageContains: "率")]
        ),
        CheckerExample(
            title: "partial lists (主要包括, 等) and complete lists that add up",
            report: twoSections(
                "项目支出 100.00 万元，主要包括信息化建设支出 55.00 万元和运维支出 40.00 万元。共有车辆 3 辆，分别为岗位保障用车 2 辆、机要通信用车 1 辆。",
                "共有车辆 5 辆，其中，岗位保障用车 1 辆、机要通信用车 1 辆等。政府采购支出总额 6458.59 万元，其中：货物支出 2.60 万元、工程支出 0.00 万元、其他支出 6455.99 万元。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.exhaustiveShortfall.id, level: .warning, messageContains: "complete list")]
        ),
        CheckerExample(
            title: "partitions that add up, plainly partial, approximate, in ranges, dated, planned or cumulative against their whole, of two subjects, and two categories that are no partition",
            report: twoSections(
                "本部门在职人员 35 人，其中男性 20 人、女性 15 人。在职人员 35 人，其中主要为男性 18 人、女性 15 人。在职人员约 35 人，其中男性 18 人、女性 15 人。在职人员近 35 人，其中男性 18 人、女性 15 人。在职人员 35 人，其中男性 18 余人、女性 15 人。在职人员 35 人，其中男性 16-18 人、女性 15 人。",
                "截至 2021 年 12 月 31 日，在职人员 35 人，其中 2020 年男性 18 人、女性 15 人。在职人员 35 人，其中计划招录男性 18 人、女性 15 人。本年培训 35 人，其中累计培训男性 18 人、女性 15 人。甲单位在职人员 35 人，其中男性 18 人；乙单位女性 15 人。共有项目 18 个，其中一级项目 6 个、二级项目 10 个。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.exhaustiveShortfall.id, level: .warning, messageContains: "complete list")]
        ),
        CheckerExample(
            title: "a narrative table within its total, and totals that are a target, approximate, a range, no total, at an earlier date, or of another subject",
            report: narrativeTable(
                "数字办件接口等累计调用 273384 次。计划调用 90000 次，累计调用约 90000 次，累计调用 80000-90000 次，日均调用 900 次，平均响应 3000 毫秒。截至 2020 年 12 月 31 日累计调用 50000 次。“粤省事”累计办件 5000 次。",
                rows: ["短信接口 16564 16564 0 11", "预约接口 91905 91905 0 215", "数字办件数据获取接口 59882 59858 24 3002"]
            ),
            findings: [ExpectedFinding(ruleID: Rule.tableRowOverTotal.id, level: .warning, messageContains: "the text states")]
        ),
        CheckerExample(
            title: "a total of another subject just before a narrative table",
            report: narrativeTable("“粤省事”累计办件 5000 次。", rows: ["短信接口 16564 16564 0 11", "预约接口 91905 91905 0 215"]),
            findings: [ExpectedFinding(ruleID: Rule.tableRowOverTotal.id, level: .warning, messageContains: "the text states")]
        ),
        CheckerExample(
            title: "a list whose items all have money in the table, and items no row carries",
            report: basicExpenditure("公用经费 5.00 万元，主要包括：办公费、差旅费、其他支出。"),
            findings: [ExpectedFinding(ruleID: Rule.listedZeroItem.id, level: .note, messageContains: "the list names")]
        ),
        CheckerExample(
            title: "complementary rates that add to 100% within rounding, and rates that are not complements",
            report: twoSections(
                "抽查合格率 94.7%，不合格率 5.3%。群众满意率 98.12%，不满意率 1.9%。",
                "网上可办率 99.08%，全流程网办率 99.37%。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.complementaryRates.id, level: .warning, messageContains: "complementary")]
        ),
        CheckerExample(
            title: "shares within rounding, at different dates, against a target, cumulative against annual, approximate, in ranges, nested, and of two subjects",
            report: twoSections(
                "基本支出 66.67 万元，占 66.67%；项目支出 33.34 万元，占 33.34%。2023 年基本支出 60.00 万元，占 60.00%；2024 年基本支出 70.00 万元，占 70.00%。网上办件 80 件，占 80.00%；目标办件 90 件，占 90.00%。本年办件 60 件，占 60.00%；累计办件 900 件，占 90.00%。",
                "基本支出约 60 万元，约占 60%；项目支出约 45 万元，约占 45%。基本支出 60.00 万元，占 60%～70%；项目支出 45.00 万元，占 40%～45%。基本支出 80.00 万元，占 80.00%，其中人员经费 70.00 万元，占 70.00%。甲单位基本支出 60.00 万元，占 60.00%。乙单位基本支出 70.00 万元，占 70.00%。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.sharesOverWhole.id, level: .warning, messageContains: "shares of one whole")]
        ),
        CheckerExample(
            title: "shares over 100% because one share does not recompute from its part and the printed whole (the percentage check's finding)",
            report: twoSections("一般公共预算财政拨款支出 2940.05 万元，主要用于：一般公共服务支出 2106.66 万元，占 71.73%；住房保障支出 833.39 万元，占 28.35%。", "本年度无其他说明。"),
            findings: [ExpectedFinding(ruleID: Rule.sharesOverWhole.id, level: .warning, messageContains: "shares of one whole")]
        ),
        CheckerExample(
            title: "lists of the table's items that are complete, plainly partial (等), or worded their own way",
            report: basicExpenditure("公用经费 6.00 万元，主要包括：办公费、差旅费、维修（护）费。主要用于：办公费、差旅费等。主要包括：办公费、会务费。", extraRow: "30213 维修（护）费 1.00"),
            findings: [ExpectedFinding(ruleID: Rule.listOmitsItem.id, level: .note, messageContains: "leaves out")]
        ),
        CheckerExample(
            title: "a growth on a base not printed, a base stated as none in another sentence, and an approximate growth",
            report: twoSections(
                "本年培训费支出 5.00 万元，比上年增长 100.00%。上年无此项支出。",
                "上年未发生的会议费本年为 2.00 万元。本年差旅费支出 3.00 万元，比上年增长约 50%。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.growthFromZero.id, level: .warning, messageContains: "growth from zero")]
        ),
    ]
}
