import Foundation
import Glibc

/// Serialises writers of one workspace with `flock`, which the kernel releases when the
/// holder exits, however it exits; so a killed `audit commit` never wedges the workspace.
final class WorkspaceLock {
    static let fileName = "audit.lock"
    /// Held shared by each detached findings recorder (`Workspace.recordingLease`), from before
    /// its revision is published until its record is written; readers wait for it exclusively.
    static let recordingFileName = "audit-recording.lock"

    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Creates the lock file if missing, so `init` can make it and later commits leave the tree as is.
    static func prepare(in storeDirectory: URL) throws {
        close(try openFile(in: storeDirectory))
        close(try openFile(in: storeDirectory, named: recordingFileName))
    }

    /// Waits up to `timeout` seconds for the lock (`named` in the store, exclusive unless
    /// `shared`), polling, then gives up with `.busy`.
    static func acquire(in storeDirectory: URL, named name: String = fileName, shared: Bool = false, timeout: TimeInterval) throws -> WorkspaceLock {
        let descriptor = try openFile(in: storeDirectory, named: name)
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, (shared ? LOCK_SH : LOCK_EX) | LOCK_NB) != 0 {
            let failure = errno
            guard failure == EWOULDBLOCK || failure == EINTR else {
                close(descriptor)
                throw AuditStoreError.cannotLock(path: lockPath(in: storeDirectory, named: name), reason: String(cString: strerror(failure)))
            }
            guard Date() < deadline else {
                close(descriptor)
                throw AuditStoreError.busy
            }
            usleep(50_000)
        }
        return WorkspaceLock(descriptor: descriptor)
    }

    private static func openFile(in storeDirectory: URL, named name: String = fileName) throws -> Int32 {
        let path = lockPath(in: storeDirectory, named: name)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw AuditStoreError.cannotLock(path: path, reason: String(cString: strerror(errno)))
        }
        return descriptor
    }

    private static func lockPath(in storeDirectory: URL, named name: String = fileName) -> String {
        storeDirectory.appendingPathComponent(name).path
    }
}
