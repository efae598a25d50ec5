import CheckerKit

/// What the history of the store adds to a finding: how it compares with a baseline and what
/// a reviewer decided. Renderers look it up by the finding's fingerprint.
public struct FindingReview: Codable, Hashable, Sendable {
    public var baselineState: BaselineState?
    public var suppression: Suppression?

    public init(baselineState: BaselineState? = nil, suppression: Suppression? = nil) {
        self.baselineState = baselineState
        self.suppression = suppression
    }

    /// The words the text renderer appends to a finding: "[new]", "[accepted: reason]".
    var tags: String {
        let state = baselineState.map { " [\($0.rawValue)]" } ?? ""
        let decision = suppression.map { " [\($0.decision): \($0.justification)]" } ?? ""
        return state + decision
    }
}

extension Finding {
    /// How many fingerprint digits reviewers see and type.
    public static let shortIDLength = 10

    /// The finding id reviewers see: the start of its fingerprint.
    public var shortID: String {
        String(fingerprint.prefix(Self.shortIDLength))
    }
}
