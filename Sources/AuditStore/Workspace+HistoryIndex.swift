import Foundation
import Git
import Localization

/// A version's history as rows a reader derived from each revision (`audit log`'s lines), kept
/// in the derived cache under the tip commit's id, `cache/history/<tip>/<name>`, the way git's
/// commit-graph spares `git log` reading every commit. A commit id fixes its whole first-parent
/// chain, so an index never goes stale; when the branch moves (a commit, a pull, another
/// process), its new tip has none yet, and only the revisions after the newest ancestor that
/// has one are read and appended. The refs and the tip commit are always read through libgit2;
/// an index file that was edited, damaged or copied from another tip does not verify
/// (`DerivedFileEnvelope`) and is rebuilt from the store.
extension Workspace {
    static let historyFolder = "history"

    /// The rows of `version`'s revisions, oldest first: those of its index in `format`,
    /// extended by the format's row of each revision it lacks.
    public func historyRows(of version: String, format: some HistoryRowFormat) throws -> HistoryRows {
        try checkBranchesReadable()
        guard let tip = try branchTip(of: version) else {
            throw AuditStoreError.unknownRef(version, known: try versions())
        }
        var unindexed: [Commit] = []
        var next: Commit? = try repository.commit(tip)
        var indexed: (rows: HistoryRows, tip: OID)?
        while let commit = next {
            if let rows = historyIndex(format, tip: commit.id, of: version) {
                indexed = (rows, commit.id)
                break
            }
            unindexed.append(commit)
            next = try commit.parentIDs.first.map(repository.commit)
        }
        var rows = indexed?.rows ?? HistoryRows()
        guard !unindexed.isEmpty else { return rows }
        for commit in unindexed.reversed() {
            rows.append(try format.row(revision(version: version, number: rows.ranges.count + 1, commit: commit)))
        }
        historyCache.store([DerivedFile(name: format.indexName, data: rows.encoded)], text: tip)
        // The ancestor's index is a prefix of the new one; only a reset branch would want it again.
        if let old = indexed?.tip { historyCache.discard(format.indexName, text: old) }
        return rows
    }

    private var historyCache: DerivedFileCache {
        DerivedFileCache(workspace: directory, folder: Self.historyFolder)
    }

    /// The index kept for `tip`, or nil when there is none that verifies (a rejected one is
    /// removed with a warning, so that the next reader rebuilds it quietly).
    private func historyIndex(_ format: some HistoryRowFormat, tip: OID, of version: String) -> HistoryRows? {
        let name = format.indexName
        let reason: String
        switch historyCache.read(name, text: tip) {
        case .missing:
            return nil
        case .found(let data):
            do {
                return try HistoryRows(decoding: data, accepting: format.isWellFormed)
            } catch {
                reason = "\(error)"
            }
        case .rejected(let why):
            reason = why
        }
        let file = historyCache.relativePath(name, text: tip)
        warn(LocalizedText(
            en: "ignored \(file) of \(version): \(reason); read afresh from the store",
            zh: "忽略了 \(version) 的 \(file)：\(reason)；已从存储库重新读取"
        ))
        historyCache.remove(name, text: tip)
        return nil
    }
}
