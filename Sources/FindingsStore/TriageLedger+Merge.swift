import AuditStore
import Foundation
import Git

extension TriageLedger {
    /// Merges the ledger whose tip is `theirs` (fetched from `source`) into ours by
    /// fingerprint: decisions on different findings combine; two decisions on the same finding
    /// both stay in the trail (a merge commit has both histories as parents) and the later one,
    /// by time and then reviewer, is current. Writes objects only; the caller moves the ref.
    public func merge(ours: OID?, theirs: OID, committer: Signature, from source: String) throws -> TriageMerge {
        let arrived = try reference.arriving(ours: ours, theirs: theirs).count
        switch try reference.fastForward(ours: ours, theirs: theirs) {
        case .upToDate: return TriageMerge(tip: nil, arrived: 0, joined: false, contested: [])
        case .moveTo(let tip): return TriageMerge(tip: tip, arrived: arrived, joined: false, contested: [])
        case .diverged: break
        }
        let mine = try Self.decoded(reference.contents(at: ours)[Self.fileName])
        let others = try Self.decoded(reference.contents(at: theirs)[Self.fileName])
        var merged = mine
        var contested: [String] = []
        for (fingerprint, decision) in others {
            guard let own = mine[fingerprint] else {
                merged[fingerprint] = decision
                continue
            }
            guard own != decision else { continue }
            contested.append(fingerprint)
            if Self.isLater(decision, than: own) { merged[fingerprint] = decision }
        }
        let message = "triage: merged \(arrived) decision\(arrived == 1 ? "" : "s") from \(source)"
            + (contested.isEmpty ? "" : ", \(contested.count) finding\(contested.count == 1 ? "" : "s") decided on both sides (the later current)") + "\n"
        let tip = try reference.mergeCommit([Self.fileName: try Self.encoded(merged)], ours: ours, theirs: theirs, message: message, author: committer)
        return TriageMerge(tip: tip, arrived: arrived, joined: true, contested: contested.sorted())
    }

    static func isLater(_ one: TriageDecision, than other: TriageDecision) -> Bool {
        if one.decidedAt != other.decidedAt { return one.decidedAt > other.decidedAt }
        return (one.reviewer, one.email) > (other.reviewer, other.email)
    }
}
