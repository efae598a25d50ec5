import CheckerKit

enum PriorYearClaimsDescription {
    static let description = CheckerDescription(
        id: "prior-year-claims",
        name: "Claims about last year",
        version: "1.0.0",
        summary: "Checks the narrative's changes from last year (比上年增加/减少 Δ 万元) against last year's own tables.",
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
                name: "Change from last year",
                summary: "This year's figure minus the stated change must equal last year's printed figure, within rounding.",
                help: "Correct the stated change, or this year's figure, so that last year's figure is the one last year's report prints.",
                defaultLevel: .warning
            ),
        ],
        triggeringExamples: PriorYearClaimsExamples.triggering,
        nonTriggeringExamples: PriorYearClaimsExamples.nonTriggering
    )
}
