import CheckerKit
import FindingsModel

/// Marks each finding new, unchanged, updated or absent against a baseline. Findings are paired
/// one to one, first by fingerprint, then what is left by rule and place; never by line
/// numbers, which move with every edit above, and never by counts per rule, under which a fix
/// and a new finding of the same rule would cancel out.
public enum BaselineComparison {
    public static func compare(_ current: [Finding], baseline: [Finding]) -> [ComparedFinding] {
        var unmatched = baseline
        var compared = current.map { finding in
            ComparedFinding(finding: finding, state: .new, baseline: take(&unmatched) { $0.fingerprint == finding.fingerprint })
        }
        for index in compared.indices {
            if compared[index].baseline != nil {
                compared[index].state = .unchanged
            } else if let earlier = take(&unmatched, where: { $0.placeKey == compared[index].finding.placeKey }) {
                compared[index].state = .updated
                compared[index].baseline = earlier
            }
        }
        return compared + unmatched.map { ComparedFinding(finding: $0, state: .absent, baseline: $0) }
    }

    /// Removes and returns the first finding that matches.
    private static func take(_ findings: inout [Finding], where matches: (Finding) -> Bool) -> Finding? {
        guard let index = findings.firstIndex(where: matches) else { return nil }
        return findings.remove(at: index)
    }
}
