import CheckerKit

enum ReportStructureDescription {
    static let description = CheckerDescription(
        id: ReportStructure.id,
        name: LocalizedText(en: "Report structure and wording", zh: "报告结构与表述"),
        version: "1.0.0",
        summary: LocalizedText(
            en: "Required tables and chapters, the 目录, the report's department and year, template placeholders, 决算 vs 预算 wording, typing slips.",
            zh: "应公开的表和章节、目录、报告的部门与年度、模板占位符、决算与预算比较的表述、录入错误。"
        ),
        rationale: """
            Reviewers first check that a report is complete and about the right department and year: a missing table, \
            a heading left from last year's report, "XX局" from the template or "决算数大于预算数" over a smaller 决算 \
            are what the public notices first. The tables and chapters each format requires are data (FormatData).
            """,
        defaultLevel: .error,
        options: [],
        rules: Rule.allCases.map(\.description),
        triggeringExamples: ReportStructureExamples.triggering,
        nonTriggeringExamples: ReportStructureExamples.nonTriggering
    )
}
