import Git

/// What merging another store's triage ledger into ours gives.
public struct TriageMerge: Equatable {
    /// The tip to move `refs/audit/triage` to; nil when ours already holds everything.
    public let tip: OID?
    /// Decisions recorded on the other side that ours lacked.
    public let arrived: Int
    /// Whether a merge commit joins the two trails (both sides had decisions the other lacked).
    public let joined: Bool
    /// Fingerprints both sides decided differently: both decisions stay in the trail, the later current.
    public let contested: [String]
}
