import CheckerKit
import ReportModel

/// Is the report complete, about the right department and year, free of template text, and
/// does its 决算 vs 预算 wording agree with its figures? The rule pack in the context says what
/// a complete report of its format holds; FormatData the wordings every format shares.
public struct ReportStructure: Checker {
    public static let id = "report-structure"

    public static var description: CheckerDescription { ReportStructureDescription.description }

    public init(configuration: CheckerConfiguration) throws {}

    public func check(_ context: CheckContext) throws -> CheckResult {
        let view = DocumentView(context.report)
        let template = TemplateLeftovers(view: view)
        let leftovers = template.findings
        if leftovers.contains(where: { $0.ruleID == Rule.blankTemplate.id }) {
            return CheckResult(findings: leftovers, identitiesChecked: 1)
        }
        let completeness = Completeness.format(of: context.report, pack: context.pack).map { Completeness(view: view, format: $0).findings } ?? []
        let findings = completeness + IdentityRules(view: view).findings + leftovers
            + BudgetWording(report: context.report).findings + Typography(report: context.report).findings
        return CheckResult(findings: findings, identitiesChecked: context.report.paragraphs.count + context.report.tables.count)
    }
}
