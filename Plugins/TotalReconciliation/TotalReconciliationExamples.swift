import CheckerKit

/// Report snippets in the stored-text form, with what they must and must not produce.
enum TotalReconciliationExamples {
    /// 表5 with one level of codes; `cell` is 2010301's 本年支出合计.
    private static func generalBudget(rowTotal cell: String, parent: String = "22.93", first: String = "11.65", second: String = "11.28") -> String {
        """
        表 5

        一般公共预算财政拨款支出决算表

         部门 ：示例单位  单位：万元

        项    目

        本年支出合计 基本支出 项目支出 功能分类

        科目编码
        科目名称

        栏次 1 2 3

         合计 \(parent) \(parent) 0.00

        210 卫生健康支出 \(parent) \(parent) 0.00

        21011 行政事业单位医疗 \(parent) \(parent) 0.00

        2101101 行政单位医疗 \(cell) \(first) 0.00

        2101102 事业单位医疗 \(second) \(second) 0.00

        注：本表反映部门本年度一般公共预算财政拨款实际支出情况。

        """
    }

    private static let growth = """
         第三部分：示例单位 2021 年部门决算情况说明

        一、2021 年度收入支出决算总体情况说明

        （一）年度收入总体情况

        1.一般公共预算财政拨款收入 20,864.64 万元，比上年决算数增加 8,763.77 万元，增长 %@%。主要变动情况：追加项目经费。

        """

    /// Shanghai's wording: a whole broken down "主要用于以下方面", and a completion of 全年预算.
    private static func shanghaiShares(housing: String, completion: String) -> String {
        """
         第三部分 示例单位 2024 年度部门决算情况说明

        五、一般公共预算财政拨款支出决算情况说明

        一般公共预算财政拨款支出 307.82 万元，主要用于以下方面：一般公共服务支出（类）264.87 万元，占 86.05%；社会保障和就业支出（类）10.82 万元，占 3.52%；卫生健康支出（类）2.71 万元，占 0.88%；住房保障支出（类）29.42 万元，占 \(housing)%。

        主要用于：行政单位人员支出、公用支出。全年预算为 52.00 万元，支出决算为 51.32 万元，完成全年预算数的 \(completion)%。

        """
    }

    /// Shanghai's 四、财政拨款收入支出决算总体情况说明 under the seed's 表4, whose 总计 it restates.
    private static func appropriationGrandTotal(_ stated: String) -> String {
        """
         表 4

        财政拨款收入支出决算总表

         部门 ：示例单位  单位：万元

        收入 支出

        项    目 行次 金额 项    目 行次 合计
        一般公共预算

        财政拨款

        政府性基金预

        算财政拨款

        国有资本经营

        预算财政拨款

        栏    次   1 栏    次   2 3 4 5

        一、一般公共预算财政拨款 1 2,940.05 一、一般公共服务支出 33 2,940.05 2,940.05 0.00 0.00

        本年收入合计 2 2,940.05 本年支出合计 59 2,940.05 2,940.05 0.00 0.00

        年初财政拨款结转和结余 3 21.63
        年末财政拨款结转和结

        余
        60 21.63 21.63 0.00 0.00

        总计 4 2,961.68 总计 64 2,961.68 2,961.68 0.00 0.00

        注：本表反映部门本年度财政拨款的总收支和年末结转结余情况。

         第三部分 示例单位 2024 年度部门决算情况说明

        四、财政拨款收入支出决算总体情况说明

        示例单位2024年度财政拨款收入支出总计\(stated)。与2023年度相比，财政拨款收入支出总计持平。

        """
    }

    static let triggering = [
        CheckerExample(
            title: "a row total that disagrees with its columns and its parent names the cell and its repair",
            report: generalBudget(rowTotal: "↓13.65"),
            findings: [ExpectedFinding(ruleID: Rule.suspectFigure.id, level: .error, messageContains: "11.65 would repair all", zh: "改为 11.65 即可使全部", at: .marker(0))]
        ),
        CheckerExample(
            title: "a growth percentage that does not recompute",
            report: growth.replacingOccurrences(of: "%@", with: "↓74.42"),
            findings: [ExpectedFinding(ruleID: Rule.percentage.id, level: .error, messageContains: "should be 72.42", at: .marker(0))]
        ),
        CheckerExample(
            title: "a difference within rounding is a note, one per column of the parent",
            report: generalBudget(rowTotal: "11.65", second: "11.29")
                .replacingOccurrences(of: "21011 行政事业单位医疗 22.93 22.93", with: "21011 行政事业单位医疗 ↓22.93 ↓22.93"),
            findings: [
                ExpectedFinding(ruleID: Rule.codedHierarchy.id, level: .note, messageContains: "本年支出合计: 21011 22.93 ≠ 2101101 + 2101102 = 22.94 (difference -0.01): rounding",
                                zh: "本年支出合计：21011 22.93 ≠ 2101101 + 2101102 = 22.94（差额 -0.01）：属四舍五入误差", at: .marker(0)),
                ExpectedFinding(ruleID: Rule.codedHierarchy.id, level: .note, messageContains: "基本支出: 21011 22.93 ≠ 2101101 + 2101102 = 22.94 (difference -0.01): rounding", at: .marker(1)),
            ]
        ),
        CheckerExample(
            title: "a share of the whole a breakdown opens with (主要用于以下方面) that does not recompute",
            report: shanghaiShares(housing: "↓9.55", completion: "98.69"),
            findings: [ExpectedFinding(ruleID: Rule.percentage.id, level: .error, messageContains: "share 9.55% ≠ 29.42 ÷ 307.82 = 9.56%", at: .marker(0))]
        ),
        CheckerExample(
            title: "a completion of 全年预算 (支出决算为 … 完成全年预算数的) that does not recompute",
            report: shanghaiShares(housing: "9.56", completion: "↓98.96"),
            findings: [ExpectedFinding(ruleID: Rule.percentage.id, level: .error, messageContains: "completion 98.96% ≠ 51.32 ÷ 52.00 = 98.69%", at: .marker(0))]
        ),
        CheckerExample(
            title: "a grand total restated in the wrong unit (万元 for 亿元)",
            report: appropriationGrandTotal("↓0.3万元"),
            findings: [ExpectedFinding(ruleID: Rule.restatement.id, level: .error, messageContains: "2,961.68 万元 is 0.30 亿元: wrong unit?", at: .marker(0))]
        ),
    ]

    static let nonTriggering = [
        CheckerExample(
            title: "a table whose rows, columns and codes add up",
            report: generalBudget(rowTotal: "11.65"),
            findings: [ExpectedFinding(ruleID: Rule.codedHierarchy.id, level: .note, messageContains: "rounding")]
        ),
        CheckerExample(
            title: "a growth percentage that recomputes",
            report: growth.replacingOccurrences(of: "%@", with: "72.42"),
            findings: [ExpectedFinding(ruleID: Rule.percentage.id, level: .error, messageContains: "growth")]
        ),
        CheckerExample(
            title: "shares of a 主要用于以下方面 breakdown and a completion of 全年预算 that recompute",
            report: shanghaiShares(housing: "9.56", completion: "98.69"),
            findings: [ExpectedFinding(ruleID: Rule.percentage.id, level: .error, messageContains: "share")]
        ),
        CheckerExample(
            title: "a grand total restated in 万元",
            report: appropriationGrandTotal("2,961.68万元"),
            findings: [ExpectedFinding(ruleID: Rule.restatement.id, level: .error, messageContains: "总计")]
        ),
        CheckerExample(
            title: "a grand total restated in 亿元, equal at its printed precision",
            report: appropriationGrandTotal("0.30亿元"),
            findings: [ExpectedFinding(ruleID: Rule.restatement.id, level: .error, messageContains: "总计")]
        ),
    ]
}
