import AuditStore
import ReportModel

/// The parsed model of each committed text (`model.bin`, a `ReportArchive`), written to the
/// workspace's cache at commit so that diff, check and show load it instead of parsing.
public enum ModelFile {
    public static let name = "model.bin"

    /// What `audit commit` stores with a revision: its text, parsed and archived.
    public static func derived(from text: String) -> [DerivedFile] {
        [DerivedFile(name: name, data: ReportArchive.encode(ReportParser.parse(text)))]
    }
}
