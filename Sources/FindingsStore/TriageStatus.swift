import FindingsModel

/// What a reviewer decided about a finding. A decision either sets the finding aside (hidden
/// from text unless `--all`, a SARIF suppression, never failing `--fail-on`) or keeps it in view:
///
/// | status | meaning | finding |
/// |---|---|---|
/// | `confirmed` | a defect, and it stands in the report | shown, counts for `--fail-on` (SARIF suppression `rejected`) |
/// | `accepted` | a defect the report will be, or has been, corrected for | hidden (suppression `accepted`) |
/// | `false-positive` | not a defect | hidden (suppression `accepted`) |
/// | `wont-fix` | a defect that will not be corrected (the report is published) | hidden (suppression `accepted`) |
/// | `under-review` | not decided yet | hidden (suppression `underReview`) |
public enum TriageStatus: String, Codable, CaseIterable, Sendable {
    /// The reviewer agrees the finding is a defect: it must stay in front of everyone who reads
    /// the findings, so it is never suppressed.
    case confirmed
    /// The finding is right and the report will be, or has been, corrected.
    case accepted
    case falsePositive = "false-positive"
    /// Right, but it will not be corrected (e.g. the report is already published).
    case wontFix = "wont-fix"
    case underReview = "under-review"

    /// SARIF's reading: "rejected" is a suppression that does not suppress, so a confirmed
    /// finding keeps its reviewer's word and stays a result; only "under review" leaves a
    /// suppression open.
    var suppressionStatus: Suppression.Status {
        switch self {
        case .confirmed: .rejected
        case .underReview: .underReview
        case .accepted, .falsePositive, .wontFix: .accepted
        }
    }
}
