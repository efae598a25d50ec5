import AuditStore

/// Last year's report: for version "2021", the latest revision of version "2020" when the
/// workspace has it. Only year labels have a last year; "draft" or "2021-rev" do not.
enum PreviousYear {
    static func revision(before revision: Revision, in workspace: Workspace) throws -> Revision? {
        guard revision.version.count == 4, revision.version.allSatisfy(\.isASCII), let year = Int(revision.version) else {
            return nil
        }
        let label = String(year - 1)
        guard try workspace.versions().contains(label) else { return nil }
        return try workspace.latestRevision(of: label)
    }
}
