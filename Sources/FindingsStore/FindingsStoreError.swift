import Foundation

/// A failure the user can act on; each message is one line, written for the command line.
public enum FindingsStoreError: Error, Equatable, CustomStringConvertible, LocalizedError {
    case badFindingID(String)
    case unknownFinding(String)
    case ambiguousFinding(String, candidates: [String])
    case emptyReason
    case damagedTriage(String)

    public var description: String {
        switch self {
        case .badFindingID(let id):
            return "bad finding id '\(id)': use at least \(FindingIDs.minimumLength) hex digits of its fingerprint"
        case .unknownFinding(let id):
            return "no recorded finding has id '\(id)' (see 'audit findings <ref>')"
        case .ambiguousFinding(let id, let candidates):
            return "ambiguous finding id '\(id)': matches " + candidates.joined(separator: ", ")
        case .emptyReason:
            return "a triage decision needs a reason: --reason \"...\""
        case .damagedTriage(let reason):
            return "damaged triage record on \(StoreReferences.triage): \(reason)"
        }
    }

    public var errorDescription: String? { description }
}
