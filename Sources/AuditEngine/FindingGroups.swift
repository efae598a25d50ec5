import CheckerKit

/// Findings grouped by rule, most severe rules first, for the human-readable renderers.
struct FindingGroups {
    struct Group {
        var ruleID: String
        var findings: [Finding]
    }

    let groups: [Group]

    init(_ findings: [Finding]) {
        let byRule = Dictionary(grouping: findings, by: \.ruleID)
        groups = byRule
            .map { Group(ruleID: $0.key, findings: $0.value.sorted(by: FindingGroups.moreSevere)) }
            .sorted { lhs, rhs in
                let (left, right) = (lhs.findings[0].level, rhs.findings[0].level)
                return left != right ? left > right : lhs.ruleID < rhs.ruleID
            }
    }

    /// Errors before warnings before notes; within a level, the text order of the report.
    private static func moreSevere(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.level != rhs.level { return lhs.level > rhs.level }
        let left = lhs.locations.first?.span.map { ($0.startLine, $0.startColumn) } ?? (Int.max, 0)
        let right = rhs.locations.first?.span.map { ($0.startLine, $0.startColumn) } ?? (Int.max, 0)
        return left < right
    }
}
