import FindingsModel


/// What a reviewer decided about a finding.
public enum TriageStatus: String, Codable, CaseIterable, Sendable {
    /// The finding is right and the report will be, or has been, corrected.
    case accepted
    case falsePositive = "false-positive"
    /// Right, but it will not be corrected (e.g. the report is already published).
    case wontFix = "wont-fix"
    case underReview = "under-review"

    /// Only "under review" leaves the decision open.
    var suppressionStatus: Suppression.Status {
        self == .underReview ? .underReview : .accepted
    }
}
