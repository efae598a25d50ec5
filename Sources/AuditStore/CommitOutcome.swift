/// What `Workspace.commit` did.
public enum CommitOutcome: Equatable {
    /// A new revision was stored.
    case created(Revision)
    /// The file equals the latest revision's original; nothing was written.
    case unchanged(Revision)

    public var revision: Revision {
        switch self {
        case .created(let revision), .unchanged(let revision): return revision
        }
    }
}
