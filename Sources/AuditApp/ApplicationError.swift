import Foundation

/// Bad input the use cases themselves find; each message is one line.
public enum ApplicationError: Error, Equatable, CustomStringConvertible, LocalizedError {
    case noSuchSource(String)
    case outputInsideStore(path: String, store: String)

    public var description: String {
        switch self {
        case .noSuchSource(let path): "no such file or workspace: \(path)"
        case .outputInsideStore(let path, let store): "will not write \(path): it is inside the store \(store), which only audit writes"
        }
    }

    public var errorDescription: String? { description }
}
