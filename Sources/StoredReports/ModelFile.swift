import AuditStore
import ReportModel

/// The parsed model of each committed text (`model.bin`, a `ReportArchive`), written to the
/// workspace's cache at commit so that diff, check and show load it instead of parsing.
public enum ModelFile {
    public static let name = "model.bin"

    /// What `audit commit` stores with a revision: its text's parsed model, archived.
    public static func derived(from report: Report) -> DerivedFile {
        DerivedFile(name: name, data: ReportArchive.encode(report))
    }
}
