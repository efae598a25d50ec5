import AuditStore
import Foundation
import Git

extension FindingsRecords {
    /// Merges the findings records of `version` whose tip is `theirs` into ours: the union of
    /// both sides' records (one file per revision commit), a record the two sides disagree on
    /// left out to be recomputed, and each re-committed revision given a copy of its original's
    /// record under its new commit and number (same text, so the same findings). Writes
    /// objects only; the caller moves the ref.
    public func merge(
        _ version: String, ours: OID?, theirs: OID?, rebased: [RebasedRevision], committer: Signature, from source: String
    ) throws -> FindingsMerge {
        let reference = reference(version)
        let arrived = try theirs.map { try reference.arriving(ours: ours, theirs: $0).count } ?? 0
        if rebased.isEmpty {
            guard let theirs else { return FindingsMerge(version: version, tip: nil, arrived: 0, rekeyed: 0, disagreed: []) }
            switch try reference.fastForward(ours: ours, theirs: theirs) {
            case .upToDate: return FindingsMerge(version: version, tip: nil, arrived: 0, rekeyed: 0, disagreed: [])
            case .moveTo(let tip): return FindingsMerge(version: version, tip: tip, arrived: arrived, rekeyed: 0, disagreed: [])
            case .diverged: break
            }
        }
        var files = try reference.contents(at: ours)
        var disagreed: [String] = []
        for (name, data) in try reference.contents(at: theirs) {
            guard let own = files[name] else {
                files[name] = data
                continue
            }
            if own != data { disagreed.append(name) }
        }
        disagreed.forEach { files[$0] = nil }
        var rekeyed = 0
        for revision in rebased {
            guard let data = files[FindingsRecord.fileName(commitID: revision.originalCommitID)],
                  var record = try? FindingsRecord.decoded(from: data) else { continue }
            record.commitID = revision.commitID
            record.revision = revision.number
            files[FindingsRecord.fileName(commitID: revision.commitID)] = try record.encoded()
            rekeyed += 1
        }
        let message = "findings \(version): merged from \(source): \(arrived) record commit\(arrived == 1 ? "" : "s") arrived, "
            + "\(rekeyed) re-keyed to re-committed revisions, \(disagreed.count) left to recompute\n"
        let tip = try reference.mergeCommit(files, ours: ours, theirs: theirs, message: message, author: committer)
        return FindingsMerge(version: version, tip: tip, arrived: arrived, rekeyed: rekeyed, disagreed: disagreed.sorted())
    }
}
