import AuditStore
import ReportModel

/// The parsed model of each committed text (`model.bin`, a `ReportArchive`), written to the
/// workspace's cache at commit so that diff, check and show load it instead of parsing. A model
/// parsed with a pack's added vocabulary is cached under a name carrying that vocabulary's key
/// (`model-KEY.bin`), so changing a workspace's packs never answers with a model read otherwise.
public enum ModelFile {
    public static let name = "model.bin"

    /// The cache name of the model read with `vocabulary`.
    public static func name(for vocabulary: TableVocabulary) -> String {
        vocabulary.cacheKey.map { "model-\($0).bin" } ?? name
    }

    /// What `audit commit` stores with a revision: its text's parsed model, archived.
    public static func derived(from report: Report, vocabulary: TableVocabulary = .standard) -> DerivedFile {
        DerivedFile(name: name(for: vocabulary), data: ReportArchive.encode(report))
    }
}
