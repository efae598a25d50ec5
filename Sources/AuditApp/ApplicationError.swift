import Foundation

/// Bad input the use cases themselves find; each message is one line.
public enum ApplicationError: Error, Equatable, CustomStringConvertible, LocalizedError {
    case noSuchSource(String)

    public var description: String {
        switch self {
        case .noSuchSource(let path): "no such file or workspace: \(path)"
        }
    }

    public var errorDescription: String? { description }
}
