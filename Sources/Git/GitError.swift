import CLibgit2
import Foundation

/// A failed libgit2 call: its return code, libgit2's error class and message.
public struct GitError: Error, Equatable, CustomStringConvertible, LocalizedError {
    public enum Kind: Equatable {
        case notFound, exists, ambiguous, locked, modified, invalidSpec, other
    }

    public let code: Int32
    public let errorClass: Int32
    public let message: String
    public let operation: String

    /// Reads `git_error_last()`, so it must be created right after the failing call,
    /// before any other libgit2 call can replace the thread's last error.
    init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
        if let last = git_error_last() {
            errorClass = last.pointee.klass
            message = String(cString: last.pointee.message)
        } else {
            errorClass = 0
            message = "libgit2 error \(code)"
        }
    }

    init(operation: String, message: String) {
        code = GIT_ERROR.rawValue
        errorClass = 0
        self.operation = operation
        self.message = message
    }

    public var kind: Kind {
        switch code {
        case GIT_ENOTFOUND.rawValue: return .notFound
        case GIT_EEXISTS.rawValue: return .exists
        case GIT_EAMBIGUOUS.rawValue: return .ambiguous
        case GIT_ELOCKED.rawValue: return .locked
        case GIT_EMODIFIED.rawValue: return .modified
        case GIT_EINVALIDSPEC.rawValue: return .invalidSpec
        default: return .other
        }
    }

    public var description: String { "\(operation): \(message)" }
    public var errorDescription: String? { description }

    /// Passes a non-negative libgit2 result through and turns a negative one into a `GitError`.
    @discardableResult
    static func check(_ result: Int32, _ operation: @autoclosure () -> String) throws -> Int32 {
        if result < 0 { throw GitError(code: result, operation: operation()) }
        return result
    }
}
