import Foundation

/// What stops a push, pull or clone; each message is one line.
public enum SyncError: Error, Equatable, CustomStringConvertible, LocalizedError {
    case badRemoteName(String)
    case remoteExists(String, url: String)
    case noSuchRemote(String, known: [String])
    case unreachable(remote: String, url: String, reason: String)
    case notAnAuditStore(remote: String, url: String, reason: String)
    case behindRemote(remote: String, references: [String])
    case refused(remote: String, reference: String, reason: String)
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
        case .notAnAuditStore(let remote, let url, let reason):
            "remote '\(remote)' (\(url)) is not an audit store: \(reason)"
        case .behindRemote(let remote, let references):
            "push to '\(remote)' refused: it holds revisions or decisions this workspace lacks (\(references.joined(separator: ", "))); run 'audit pull \(remote)' first"
        case .refused(let remote, let reference, let reason):
            "remote '\(remote)' refused \(reference): \(reason)"
        case .destinationNotEmpty(let path):
            "will not clone into \(path): it exists and is not empty"
        }
    }

    public var errorDescription: String? { description }
}
