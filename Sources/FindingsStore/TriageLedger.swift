import AuditStore
import CheckerKit
import FindingsModel
import Foundation
import Git

/// Triage decisions on `refs/audit/triage`: each commit records one decision, its tree holds
/// `triage.json` with every current decision by fingerprint, its author is the reviewer, and
/// so the ref's log is the audit trail.
public struct TriageLedger {
    static let fileName = "triage.json"

    let workspace: Workspace
    let reference: AppendOnlyReference

    public init(workspace: Workspace) throws {
        self.workspace = workspace
        reference = AppendOnlyReference(name: StoreReferences.triage, repository: try Repository.openBare(at: workspace.storeDirectory))
    }

    /// The current decision for each triaged fingerprint.
    public func decisions() throws -> [String: TriageDecision] {
        try Self.decoded(reference.read(Self.fileName))
    }

    /// Records `decision`, replacing any earlier decision on the same fingerprint. The ledger
    /// it adds to is read under the writer lock, from the tip the write replaces, so decisions
    /// recorded at the same time by others are kept.
    public func record(_ decision: TriageDecision, signedBy reviewer: Signature) throws {
        guard !decision.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw FindingsStoreError.emptyReason
        }
        let summary = TriageLogEntry.prefix + "\(decision.fingerprint.prefix(Finding.shortIDLength)): \(decision.status.rawValue)" + TriageLogEntry.separator + decision.reason
        try reference.append(
            message: summary + "\n\nfinding \(decision.fingerprint)\nrevision \(decision.revision)\n",
            author: reviewer, in: workspace
        ) { readAtTip in
            var all = try Self.decoded(readAtTip(Self.fileName))
            all[decision.fingerprint] = decision
            return [Self.fileName: try Self.encoded(all)]
        }
    }

    static func encoded(_ decisions: [String: TriageDecision]) throws -> Data {
        try encoder.encode(decisions) + Data("\n".utf8)
    }

    static func decoded(_ data: Data?) throws -> [String: TriageDecision] {
        guard let data else { return [:] }
        do {
            return try decoder.decode([String: TriageDecision].self, from: data)
        } catch {
            throw FindingsStoreError.damagedTriage("\(fileName) cannot be read")
        }
    }

    /// Every decision ever recorded, newest first: the decisions of every side a pull joined
    /// (merge commits are not decisions and are left out).
    public func log() throws -> [TriageLogEntry] {
        try reference.history().filter { $0.parentIDs.count < 2 }.map { commit in
            let author = try commit.author()
            let summary = commit.message.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
            return TriageLogEntry(commitID: commit.id.hex, reviewer: author.name, email: author.email, date: author.date, summary: summary)
        }
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}
