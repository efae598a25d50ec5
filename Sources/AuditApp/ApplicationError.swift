import Foundation

/// Bad input the use cases themselves find; each message is one line.
public enum ApplicationError: Error, Equatable, CustomStringConvertible, LocalizedError {
    case noSuchSource(String)
    case outputInsideStore(path: String, store: String)
    case noSuchRulePack(String, known: [String])

    public var description: String {
        switch self {
        case .noSuchSource(let path): "no such file or workspace: \(path)"
        case .outputInsideStore(let path, let store): "will not write \(path): it is inside the store \(store), which only audit writes"
        case .noSuchRulePack(let id, let known): "no rule pack '\(id)' (known: \(known.joined(separator: ", ")))"
        }
    }

    public var errorDescription: String? { description }
}
