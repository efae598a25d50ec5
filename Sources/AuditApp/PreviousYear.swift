import AuditStore

/// Last year's report: for version "2021", the latest revision of version "2020" when the
/// workspace has it; for "财政局/2024", that of "财政局/2023", the same department's. Only year
/// labels have a last year; "draft", "2021-rev" or "财政局/draft" do not.
enum PreviousYear {
    static func revision(before revision: Revision, in workspace: Workspace) throws -> Revision? {
        guard let label = label(before: revision.version), try workspace.versions().contains(label) else { return nil }
        return try workspace.latestRevision(of: label)
    }

    static func label(before label: String) -> String? {
        let (department, version) = VersionLabel.parts(of: label)
        guard let year = year(of: version) else { return nil }
        return VersionLabel.label(department: department, version: String(year - 1))
    }

    /// The year a version part names: four ASCII digits.
    static func year(of version: String) -> Int? {
        guard version.utf8.count == 4, version.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(version)
    }
}
