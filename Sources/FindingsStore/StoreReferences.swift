/// The refs this module writes. They live outside `refs/heads/`, so they are never versions,
/// and a clone takes them with an explicit refspec (`+refs/audit/*:refs/audit/*`).
public enum StoreReferences {
    public static let findingsPrefix = "refs/audit/findings/"
    /// One commit per triage decision; its log is the audit trail.
    public static let triage = "refs/audit/triage"

    /// One commit per recorded revision of `version`.
    public static func findings(of version: String) -> String {
        findingsPrefix + version
    }
}
