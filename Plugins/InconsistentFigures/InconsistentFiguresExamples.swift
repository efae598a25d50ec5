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

    static let triggering = [
        CheckerExample(
            title: "the same quantity in two sections",
            report: twoSections(
                "大厅自启用以来，累计接待群众和企业人数 ↓123788 人，日均人流量 1330 人次。",
                "大厅自启用以来，接待群众和企业人数 127748 人，日均人流量 1330 人次。"
            ),
            findings: [ExpectedFinding(ruleID: Rule.contradiction.id, level: .warning, messageContains: "大厅自启用以来累计接待群众和企业人数: 123788 人 (line 5) vs 127748 人 (line 9)", at: .marker(0))]
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
    ]
}
