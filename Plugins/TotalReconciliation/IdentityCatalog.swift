import ReportModel
import RulePackModel

/// Every identity of docs/report-format.md that this report's data allows, each once: coded
/// parents (where the pack names the family; always without a pack), the pack's 合计 rows
/// (`each-column` identities of rule total-row), its row sums, its other `each-column`
/// identities (the summary tables' sides), then the identities it states on named cells.
enum IdentityCatalog {
    static func identities(_ report: Report, pack: RulePack?, narrative includeNarrative: Bool) -> [any Identity] {
        var all: [any Identity] = []
        if pack?.families.contains(.codedHierarchy) ?? true { all += CodedHierarchyIdentities.identities(report, pack: pack) }
        if let pack {
            all += ColumnIdentities.identities(report, pack, rule: .totalRow)
                + PackIdentities.rowIdentities(report, pack)
                + Rule.allCases.filter { $0 != .totalRow }.flatMap { ColumnIdentities.identities(report, pack, rule: $0) }
                + PackIdentities.identities(report, pack)
        }
        if includeNarrative {
            let narrative = Narrative(report)
            let figures = TableFigures(report: report, pack: pack)
            all += (pack.map { RestatementIdentities.identities(narrative, figures, $0) } ?? [])
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
