import CheckerKit
import FindingsModel

/// A finding of the current run, or of the baseline when it is `absent`, with its state.
public struct ComparedFinding: Sendable {
    public var finding: Finding
    public var state: BaselineState
    /// The baseline's finding it was matched with, for `unchanged` and `updated`.
    public var baseline: Finding?
}
