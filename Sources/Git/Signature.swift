import CLibgit2
import Foundation

/// An author or committer: name, email and time; owns its libgit2 signature.
public final class Signature {
    let pointer: UnsafeMutablePointer<git_signature>

    private init(_ pointer: UnsafeMutablePointer<git_signature>) {
        self.pointer = pointer
    }

    deinit {
        git_signature_free(pointer)
    }

    /// A signature dated now; libgit2 rejects empty names and angle brackets.
    public static func now(name: String, email: String) throws -> Signature {
        try Libgit2.ensureInitialised()
        var signature: UnsafeMutablePointer<git_signature>?
        try GitError.check(git_signature_now(&signature, name, email), "make signature '\(name) <\(email)>'")
        return Signature(signature!)
    }

    /// The signature of `user.name` / `user.email` from the repository's git configuration.
    public static func `default`(for repository: Repository) throws -> Signature {
        var signature: UnsafeMutablePointer<git_signature>?
        try GitError.check(git_signature_default(&signature, repository.pointer), "read user.name and user.email")
        return Signature(signature!)
    }

    static func copy(of borrowed: UnsafePointer<git_signature>) throws -> Signature {
        var signature: UnsafeMutablePointer<git_signature>?
        try GitError.check(git_signature_dup(&signature, borrowed), "copy signature")
        return Signature(signature!)
    }

    public var name: String { String(cString: pointer.pointee.name) }
    public var email: String { String(cString: pointer.pointee.email) }
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(pointer.pointee.when.time)) }
}
