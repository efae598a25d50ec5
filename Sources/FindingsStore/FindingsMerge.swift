import Git

/// What merging another store's findings records of a version into ours gives.
public struct FindingsMerge: Equatable {
    public let version: String
    /// The tip to move `refs/audit/findings/<version>` to; nil when nothing changes.
    public let tip: OID?
    /// Records of revisions ours had none for.
    public let arrived: Int
    /// Records copied to the commit a merge re-committed their revision as.
    public let rekeyed: Int
    /// Records both sides hold for the same revision with different contents: left out, so
    /// the findings are recomputed from the revision when next read.
    public let disagreed: [String]
}
