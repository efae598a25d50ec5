import CheckerKit

enum PriorYearClaimsDescription {
    static let description = CheckerDescription(
        id: "prior-year-claims",
        name: LocalizedText(en: "Claims about last year", zh: "与上年比较的表述"),
        version: "1.0.0",
        summary: LocalizedText(
            en: "Checks the narrative's changes from last year (比上年增加/减少 Δ 万元) against last year's own tables.",
            zh: "用上年决算报告本身的表格核对文字中“比上年增加/减少 Δ 万元”的表述。"
        ),
        rationale: """
            "比上年决算数增加 8,763.77 万元" states last year's figure as this year's minus 8,763.77. When the \
            workspace holds last year's report, that figure can be read from its tables; a claim that does not \
            match misstates the change the department explains. Runs only when last year's version is stored.
            """,
        defaultLevel: .warning,
        options: [],
        rules: [
            RuleDescription(
                id: PriorYearClaims.ruleID,
                name: LocalizedText(en: "Change from last year", zh: "比上年增减额"),
                summary: LocalizedText(
                    en: "This year's figure minus the stated change must equal last year's printed figure, within rounding.",
                    zh: "本年数减去所述增减额，应在四舍五入误差内等于上年报告所列数。"
                ),
                help: LocalizedText(
                    en: "Correct the stated change, or this year's figure, so that last year's figure is the one last year's report prints.",
                    zh: "更正所述增减额或本年数，使推算的上年数与上年报告所列数一致。"
                ),
                defaultLevel: .warning
            ),
        ],
        triggeringExamples: PriorYearClaimsExamples.triggering,
        nonTriggeringExamples: PriorYearClaimsExamples.nonTriggering
    )
}
