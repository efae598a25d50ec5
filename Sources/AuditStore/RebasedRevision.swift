/// A revision that a merge re-committed: it was committed concurrently with another revision
/// of the same version elsewhere, and being the later one it now follows it, under a new
/// number and commit. Its original and text are unchanged.
public struct RebasedRevision: Equatable, Sendable {
    public let version: String
    public let originalCommitID: String
    public let originalNumber: Int
    public let commitID: String
    public let number: Int
}
