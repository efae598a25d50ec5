import CheckerKit

/// Two-year snippets: this year's narrative and last year's 表3.
enum PriorYearClaimsExamples {
    static let narrative = """
         第三部分：示例单位 2021 年部门决算情况说明

        一、2021 年度收入支出决算总体情况说明

        （二）年度支出总体情况

        1.基本支出 1,277.36 万元，比上年决算数增加 6.93 万元，增长 0.55%。主要变动情况：人员增加。

        """

    /// Last year's 表3 with `basic` as the 合计 row's 基本支出.
    static func lastYear(basic: String) -> String {
        """
        表 3

        支出决算表

         部门 ：示例单位  单位：万元

        项    目

        本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出 功能分类

        科目编码
        科目名称

        栏次 1 2 3 4 5 6

         合计 4,372.30 \(basic) 3,101.87 0.00 0.00 0.00

        201 一般公共服务支出 4,372.30 \(basic) 3,101.87 0.00 0.00 0.00

        注：本表反映部门本年度各项支出情况。

        """
    }

    static let triggering = [
        CheckerExample(
            title: "a stated increase that does not lead back to last year's 基本支出",
            report: narrative.replacingOccurrences(of: "增加 6.93", with: "增加 ↓6.93"),
            findings: [ExpectedFinding(ruleID: PriorYearClaims.ruleID, level: .warning, messageContains: "prints 1,200.00 万元", zh: "而上年报告", at: .marker(0))],
            previous: lastYear(basic: "1,200.00")
        ),
    ]

    static let nonTriggering = [
        CheckerExample(
            title: "this year's figure minus the stated increase is last year's 基本支出",
            report: narrative,
            findings: [ExpectedFinding(ruleID: PriorYearClaims.ruleID, level: .warning, messageContains: "")],
            previous: lastYear(basic: "1,270.43")
        ),
        CheckerExample(
            title: "without last year's report nothing is claimed wrong",
            report: narrative,
            findings: [ExpectedFinding(ruleID: PriorYearClaims.ruleID, level: .warning, messageContains: "")]
        ),
    ]
}
