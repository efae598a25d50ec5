import CheckerKit
import FindingsModel

/// One finding as the reviewer report shows it.
public struct ReviewEntry: Sendable {
    public var finding: Finding
    public var ruleName: String
    public var review: FindingReview
    public var context: [QuotedLine]
    /// "seen in 2020@1, 2021@1", "first seen in 2020@1", "fixed in 2021@2".
    public var history: [String]

    /// The status a reviewer sorts by: the triage decision when there is one, else the
    /// baseline state, else "open".
    public var status: String {
        review.suppression?.decision ?? review.baselineState?.rawValue ?? "open"
    }
}
