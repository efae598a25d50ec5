import AuditStore
import Foundation
import Git

/// The recorded findings of every revision: for each version, the ref
/// `refs/audit/findings/<version>`, one commit per recorded revision, whose tree holds
/// `<revision-commit-id>.json` for every revision recorded so far.
public struct FindingsRecords {
    let workspace: Workspace
    let repository: Repository

    public init(workspace: Workspace) throws {
        self.workspace = workspace
        repository = try Repository.openBare(at: workspace.storeDirectory)
    }

    public func lookup(_ revision: Revision) throws -> RecordLookup {
        let file = FindingsRecord.fileName(commitID: revision.commitID)
        guard let data = try reference(revision.version).read(file) else { return .missing }
        let record: FindingsRecord
        do {
            record = try FindingsRecord.decoded(from: data)
        } catch {
            return .damaged("\(file) is not a findings record")
        }
        guard record.commitID == revision.commitID else {
            return .damaged("\(file) records commit \(record.commitID)")
        }
        return .recorded(record)
    }

    public func write(_ record: FindingsRecord, by author: Signature) throws {
        try write(record, by: author, replacing: true)
    }

    /// Writes `record` unless the tip it would extend already holds one for its revision.
    public func writeIfMissing(_ record: FindingsRecord, by author: Signature) throws {
        try write(record, by: author, replacing: false)
    }

    private func write(_ record: FindingsRecord, by author: Signature, replacing: Bool) throws {
        let summary = [("error", record.run.count(.error)), ("warning", record.run.count(.warning)), ("note", record.run.count(.note))]
            .map { "\($0.1) \($0.0)\($0.1 == 1 ? "" : "s")" }
            .joined(separator: ", ")
        let file = FindingsRecord.fileName(commitID: record.commitID)
        let data = try record.encoded()
        try reference(record.version).append(
            message: "findings \(record.version)@\(record.revision): \(summary)\n\nrevision \(record.commitID)\n",
            author: author, in: workspace
        ) { readAtTip in
            guard try replacing || readAtTip(file) == nil else { return nil }
            return [file: data]
        }
    }

    func reference(_ version: String) -> AppendOnlyReference {
        AppendOnlyReference(name: StoreReferences.findings(of: version), repository: repository)
    }
}
