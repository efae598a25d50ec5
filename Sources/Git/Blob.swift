import CLibgit2
import Foundation

/// The bytes of a file stored in git.
public final class Blob {
    let pointer: OpaquePointer
    // The blob's memory belongs to the repository's object cache; keep the repository alive.
    private let repository: Repository

    init(_ pointer: OpaquePointer, in repository: Repository) {
        self.pointer = pointer
        self.repository = repository
    }

    deinit {
        git_blob_free(pointer)
    }

    public var id: OID { OID(git_blob_id(pointer)) }

    public var data: Data {
        let size = Int(git_blob_rawsize(pointer))
        guard size > 0, let bytes = git_blob_rawcontent(pointer) else { return Data() }
        return Data(bytes: bytes, count: size)
    }
}

extension Repository {
    /// Writes `data` as a blob; writing bytes that are already stored is a no-op returning the same id.
    public func createBlob(_ data: Data) throws -> OID {
        var id = git_oid()
        let result = data.withUnsafeBytes { bytes in
            git_blob_create_from_buffer(&id, pointer, bytes.baseAddress, bytes.count)
        }
        try GitError.check(result, "write blob")
        return OID(id)
    }

    /// The id `data` would have as a blob, computed without writing anything.
    public static func blobID(of data: Data) throws -> OID {
        try Libgit2.ensureInitialised()
        var id = git_oid()
        let result = data.withUnsafeBytes { bytes in
            git_odb_hash(&id, bytes.baseAddress, bytes.count, GIT_OBJECT_BLOB)
        }
        try GitError.check(result, "hash blob")
        return OID(id)
    }

    public func blob(_ id: OID) throws -> Blob {
        try checkLooseObject(id)
        var raw = id.raw
        var blob: OpaquePointer?
        try GitError.check(git_blob_lookup(&blob, pointer, &raw), "read blob \(id)")
        return Blob(blob!, in: self)
    }
}
