import Git

/// What merging another store's branch of a version into ours gives: the tip to move our
/// branch to (nil when ours already holds everything) and what happened on the way.
public struct VersionMerge: Equatable {
    public let version: String
    public let tip: OID?
    /// Revisions of the other side that our branch did not hold.
    public let arrived: Int
    public let rebased: [RebasedRevision]
}
