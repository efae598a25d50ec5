/// What the history of the store adds to a finding: how it compares with a baseline and what
/// a reviewer decided. Renderers look it up by the finding's fingerprint.
public struct FindingReview: Codable, Hashable, Sendable {
    public var baselineState: BaselineState?
    public var suppression: Suppression?

    public init(baselineState: BaselineState? = nil, suppression: Suppression? = nil) {
        self.baselineState = baselineState
        self.suppression = suppression
    }
}
