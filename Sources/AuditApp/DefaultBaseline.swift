import AuditStore

/// What a revision is compared with when the reader names nothing: last year's report when the
/// workspace holds it, else the revision before it of the same version, else nothing.
public enum DefaultBaseline {
    public static func of(_ revision: Revision, in workspace: Workspace) throws -> Revision? {
        if let lastYear = try PreviousYear.revision(before: revision, in: workspace) { return lastYear }
        guard revision.number > 1 else { return nil }
        return try workspace.resolve("\(revision.version)@\(revision.number - 1)")
    }
}
