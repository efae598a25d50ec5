import ReportModel
import RulePackModel

/// Every identity of docs/report-format.md that this report's data allows, each once: the
/// families the pack names (all three without a pack) with the pack's row identities after the
/// 合计 rows, then the identities the pack states on named cells.
enum IdentityCatalog {
    static func identities(_ report: Report, pack: RulePack?, narrative includeNarrative: Bool) -> [any Identity] {
        let families = Set(pack?.families ?? PackFamily.allCases)
        var all: [any Identity] = []
        if families.contains(.codedHierarchy) { all += CodedHierarchyIdentities.identities(report) }
        if families.contains(.totalRow) { all += TotalRowIdentities.identities(report) }
        if let pack { all += PackIdentities.rowIdentities(report, pack) }
        if families.contains(.summaryTable) { all += SummaryTableIdentities.identities(report) }
        if let pack { all += PackIdentities.identities(report, pack) }
        if includeNarrative {
            let narrative = Narrative(report)
            let figures = TableFigures(report: report)
            all += RestatementIdentities.identities(narrative, figures)
                + GrowthIdentities.identities(narrative)
                + CompletionIdentities.identities(narrative)
                + ShareIdentities.identities(narrative, figures)
                + ExplanationDirectionIdentities.identities(narrative)
                + EnumerationIdentities.identities(narrative)
        }
        return unique(all)
    }

    /// Two patterns may read the same statement; an identity counts once per rule and place.
    private static func unique(_ identities: [any Identity]) -> [any Identity] {
        var seen = Set<String>()
        return identities.filter { seen.insert("\($0.rule.rawValue)|\($0.place)|\($0.terms.map(\.id).joined(separator: "|"))").inserted }
    }
}
