import ReportModel

/// Every identity of docs/report-format.md that this report's data allows, each once.
enum IdentityCatalog {
    static func identities(_ report: Report, narrative includeNarrative: Bool) -> [any Identity] {
        var all = CodedHierarchyIdentities.identities(report)
            + TotalRowIdentities.identities(report)
            + RowSumIdentities.identities(report)
            + SummaryTableIdentities.identities(report)
            + CrossTableIdentities.identities(report)
            + ExpenseItemBounds.identities(report)
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
