import AuditStore
import ReportDiff
import ReportModel
import StoredReports

/// What two revisions' texts determine of their diff: from the diff cache when it holds the
/// pair under the same key (`DiffArchive`), otherwise compared from their models and kept
/// there, so the next diff of the pair reads one small file instead of two models.
enum PairChanges {
    /// `parsedNew` is the new revision's model when the caller holds it already (a commit).
    static func of(old: Revision, new: Revision, in workspace: Workspace, reading: ReportReading, parsedNew: Report? = nil) throws -> DiffArchive.Contents {
        let key = try key(old: old, new: new, in: workspace, reading: reading)
        if let data = try workspace.pairFile(named: key.name, old: old, new: new), let contents = DiffArchive.decode(data, key: key) {
            return contents
        }
        let loaded = try workspace.reports(of: parsedNew == nil ? [old, new] : [old], reading: reading)
        let contents = DiffArchive.Contents(
            changes: ReportChanges(old: loaded[0], new: parsedNew ?? loaded[1]),
            oldPages: try workspace.pages(of: old), newPages: try workspace.pages(of: new)
        )
        try? workspace.storePairFile(DerivedFile(name: key.name, data: DiffArchive.encode(contents, key: key)), old: old, new: new)
        return contents
    }

    /// The texts are read only where `reading` may choose another vocabulary than the standard one.
    private static func key(old: Revision, new: Revision, in workspace: Workspace, reading: ReportReading) throws -> DiffArchive.Key {
        let vocabularies = try [old, new].map { reading.varies ? reading.vocabulary(of: try workspace.text(of: $0)) : .standard }
        return DiffArchive.Key(oldVocabulary: vocabularies[0].cacheKey, newVocabulary: vocabularies[1].cacheKey,
                               oldPages: old.pages != nil, newPages: new.pages != nil)
    }
}
