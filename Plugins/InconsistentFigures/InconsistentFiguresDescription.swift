import CheckerKit

/// What `audit plugins` shows and `audit.yml` may configure for inconsistent figures.
enum InconsistentFiguresDescription {
    static let minimumPhraseLength = "minimum-phrase-length"
    static let seriesNotes = "series-notes"

    static let description = CheckerDescription(
        id: InconsistentFigures.id,
        name: LocalizedText(en: "Inconsistent figures", zh: "数字前后不一致"),
        version: "1.2.0",
        summary: LocalizedText(
            en: "A quantity the narrative states more than once has one value, unless the copies are dated differently.",
            zh: "文字说明中多次出现的同一数量应数值一致，时点不同者除外。"
        ),
        rationale: "Reports restate the same facts in the department overview and again in each project's self-evaluation, "
            + "and the copies drift: the service hall's visitors since opening are 123788 in one place and 127748 in another. "
            + "Figures are grouped by the words before the number in their clause, with filler words (累计, 共, 总, 已, 达, 为) "
            + "removed and compared as whole strings because Chinese puts every narrowing modifier before the head noun, and by "
            + "unit after conversion (亿元 → 万元, 万人 → 人). Values at the same time (or both undated) must agree within rounding; values at "
            + "different dates are a series, a note, unless a 累计 count falls, which is a warning. Percentages, zeros and "
            + "approximate figures (约, 近, 多, 余, 以上) are left out: they name their base elsewhere or bound rather than count. "
            + "Counts worded differently are compared by what is counted: the subject (the platform, mini-program, hall or "
            + "quoted project named in the sentence, the sentence before or the heading), the noun after the measure word "
            + "(个标准环节, 个专题模块) and the time and scope (目标 vs 实际, 累计 vs 今年); a list of counts stated twice is compared "
            + "item by item. A growth percentage on a base that is zero (增加 307.82 万元 to 307.82 万元, 增长 100.00%), a completion "
            + "percentage of a budget printed as 0, and more approved (成功, 通过) than applied (申请), in total or in a part of the "
            + "same label, are warnings. A named rate (…率, …占比, the end value of 由 a% 提升到 b%) stated twice with different "
            + "values is a warning unless dated differently, a target, of another subject, or a rate every project has (完成率, 办结率). A list that names everything (分别为, "
            + "包括…和…, a 其中 list ending in 其他, or a list whose items name the categories of a partition: 男/女, 在职/退休, 行政/事业, 基本支出/项目支出) "
            + "whose parts do not add up to their whole is a warning with the gap; 主要包括 and 等 mark a list as partial. A row of a table printed "
            + "in the narrative above the 累计 / 共 total the text just before it states is a warning. A 主要包括 list naming an expense item the basic-expenditure table prints as 0.00 is a note; a rate and its complement (合格率 and 不合格率) that do not add to 100% are a warning.",
        defaultLevel: .warning,
        options: [
            OptionDescription(
                key: minimumPhraseLength, defaultValue: .integer(5),
                meaning: LocalizedText(en: "shortest phrase, in characters after filler words, that names a quantity on its own (执行数 does not)", zh: "去掉虚词后，能单独指称一个数量的短语的最短字数（“执行数”不能）")
            ),
            OptionDescription(key: seriesNotes, defaultValue: .bool(true), meaning: LocalizedText(en: "report a quantity stated at different times with different values as a note", zh: "同一数量在不同时点取值不同时，报告为提示")),
        ],
        rules: Rule.allCases.map(\.description),
        triggeringExamples: InconsistentFiguresExamples.triggering,
        nonTriggeringExamples: InconsistentFiguresExamples.nonTriggering
    )
}
