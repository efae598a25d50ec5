import CheckerKit

/// A paragraph pasted twice (the seed's 政务服务优化提升 self-evaluation) yields the same finding
/// twice: one finding with the places of every copy, so that the copies share one fingerprint
/// and one triage.
enum PastedCopies {
    static func merged(_ findings: [Finding]) -> [Finding] {
        var merged: [Finding] = []
        for finding in findings {
            if let index = merged.firstIndex(where: { $0.message == finding.message }) {
                merged[index].locations += finding.locations
            } else {
                merged.append(finding)
            }
        }
        return merged
    }
}
