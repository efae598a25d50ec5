import Foundation
import Localization

/// What stops a push, pull or clone; each message is one line.
public enum SyncError: Error, Equatable, CustomStringConvertible, LocalizedError {
    case badRemoteName(String)
    case remoteExists(String, url: String)
    case noSuchRemote(String, known: [String])
    case unreachable(remote: String, url: String, reason: String)
    case notAnAuditStore(remote: String, url: String, branch: String, cause: LocalizedText)
    case behindRemote(remote: String, references: [LocalizedText])
    case refused(remote: String, references: [LocalizedText], reason: String)
    case destinationNotEmpty(String)

    public var description: String {
        switch self {
        case .badRemoteName(let name):
            "bad remote name '\(name)': use letters, digits, '.', '_' or '-' as in a git branch name"
        case .remoteExists(let name, let url):
            "remote '\(name)' exists already (\(url))"
        case .noSuchRemote(let name, let known):
            "no remote '\(name)' (" + (known.isEmpty ? "none added: 'audit remote add NAME URL'" : "known: " + known.joined(separator: ", ")) + ")"
        case .unreachable(let remote, let url, let reason):
            "cannot reach remote '\(remote)' (\(url)): \(reason)"
        case .notAnAuditStore(let remote, let url, let branch, let cause):
            "remote '\(remote)' (\(url)) is not an audit store: its branch '\(branch)' is not a report version (\(cause.en))"
        case .behindRemote(let remote, let references):
            "push to '\(remote)' refused: it holds revisions or decisions this workspace lacks (\(LocalizedText.joined(references).en)); run 'audit pull \(remote)' first"
        case .refused(let remote, let references, let reason):
            "remote '\(remote)' refused \(LocalizedText.joined(references).en): \(reason)"
        case .destinationNotEmpty(let path):
            "will not clone into \(path): it exists and is not empty"
        }
    }

    public var errorDescription: String? { description }
}
