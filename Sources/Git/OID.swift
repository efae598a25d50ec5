import CLibgit2

/// A git object id (SHA-1).
public struct OID: Hashable, CustomStringConvertible {
    var raw: git_oid

    init(_ raw: git_oid) {
        self.raw = raw
    }

    init(_ pointer: UnsafePointer<git_oid>) {
        raw = pointer.pointee
    }

    public init(hex: String) throws {
        guard hex.utf8.count == 40 else {
            throw GitError(operation: "parse object id '\(hex)'", message: "expected 40 hex digits")
        }
        var raw = git_oid()
        try GitError.check(git_oid_fromstrn(&raw, hex, 40), "parse object id '\(hex)'")
        self.raw = raw
    }

    public var hex: String {
        var oid = raw
        var buffer = [CChar](repeating: 0, count: 41)
        git_oid_fmt(&buffer, &oid)
        return String(cString: buffer)
    }

    public var description: String { hex }

    public static func == (lhs: OID, rhs: OID) -> Bool {
        var left = lhs.raw
        var right = rhs.raw
        return git_oid_equal(&left, &right) != 0
    }

    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: raw) { hasher.combine(bytes: $0) }
    }
}
