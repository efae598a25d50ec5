import CheckerKit

/// What `audit plugins` shows and `audit.yml` may configure for total reconciliation.
enum TotalReconciliationDescription {
    static let roundingNotes = "rounding-notes"
    static let narrative = "narrative"

    static let description = CheckerDescription(
        id: TotalReconciliation.id,
        name: LocalizedText(en: "Total reconciliation", zh: "合计与勾稽关系"),
        version: "1.0.0",
        summary: LocalizedText(
            en: "Every total, row, cross-table figure, narrative restatement and percentage adds up, within rounding.",
            zh: "各合计、行、表间数字、文字复述和百分比在四舍五入误差内相符。"
        ),
        rationale: "A final-accounts report is a web of identities (docs/report-format.md): a parent equals its children, 表1 equals 表2 and 表3, "
            + "the narrative restates the tables. A broken identity means a mistyped figure or a figure that was changed in one place "
            + "and not the others; the report warns that conversion to 万元 leaves rounding differences, so those are notes, not errors.",
        defaultLevel: .error,
        options: [
            OptionDescription(key: roundingNotes, defaultValue: .bool(true), meaning: LocalizedText(en: "report differences within the rounding bound as notes", zh: "在舍入误差范围内的差额报告为提示")),
            OptionDescription(key: narrative, defaultValue: .bool(true), meaning: LocalizedText(en: "check the narrative: restatements, percentages, 其中 lists, direction words", zh: "检查文字说明：复述的数字、百分比、“其中”列举、增减方向用语")),
        ],
        rules: Rule.allCases.map(\.description),
        triggeringExamples: TotalReconciliationExamples.triggering,
        nonTriggeringExamples: TotalReconciliationExamples.nonTriggering
    )
}
