import CheckerKit

/// Report snippets in the stored-text form, with what they must and must not produce.
enum DuplicateNarrativeExamples {
    private static let evaluation = "通过统一预约、统一叫号、统一受理、统一评价，市民服务中心平均等待时间从 7 分钟压缩为 4 分钟，平均办理时间从 17 分钟压缩为 15 分钟。"
        + "办事群众满意度持续提升，全年累计接待群众和企业 127748 人次，日均人流量 1330 人次。"
    private static let other = "平台已接入近 60 万条政务服务办件数据，覆盖全市 7 个行政区域和 232 个各级单位，实现从预约到评价的全流程监管。"

    /// Lines ending a heading or paragraph carry a trailing space, as in stored reports.
    private static func report(first: String, second: String) -> String {
        [
            " 第三部分：示例单位 2021 年部门决算情况说明 ", "", "四、其他重要事项的情况说明 ", "",
            "（一）政务服务中心建设项目 ", "", first + " ", "", "（二）一体化监管平台项目 ", "", second + " ", "",
        ].joined(separator: "\n")
    }

    static let triggering = [
        CheckerExample(
            title: "one project's evaluation pasted under another project",
            report: report(first: evaluation, second: "↓" + evaluation),
            findings: [ExpectedFinding(ruleID: Rule.copiedPassage.id, level: .warning, messageContains: "identical", zh: "完全相同", at: .marker(0))]
        ),
        CheckerExample(
            title: "a pasted evaluation with one phrase dropped names the difference",
            report: report(first: evaluation, second: "↓" + evaluation.replacingOccurrences(of: "持续", with: "")),
            findings: [ExpectedFinding(ruleID: Rule.copiedPassage.id, level: .warning, messageContains: "«持续» dropped", zh: "删去«持续»", at: .marker(0))]
        ),
    ]

    static let nonTriggering = [
        CheckerExample(
            title: "two projects, each with its own account",
            report: report(first: evaluation, second: other),
            findings: [ExpectedFinding(ruleID: Rule.copiedPassage.id, level: .warning, messageContains: "repeat")]
        ),
    ]
}
