import Foundation
import Git
import Glibc
import Localization

/// What other modules need to write refs of their own into the store (findings records,
/// triage decisions): the same writer lock and the same author rules as `commit`, so they
/// never race a commit and name people the way the revisions do.
extension Workspace {
    /// Runs `body` holding the workspace writer lock, once the store has been checked readable
    /// (`checkWritable`), so a damaged store fails a writer before it writes anything. libgit2
    /// leaves `<ref>.lock` beside a ref when killed mid-update; while we hold the lock no one
    /// else writes, so such files of `references` are stale and removed first.
    public func withWriterLock<T>(updating references: [String], _ body: () throws -> T) throws -> T {
        let lock = try WorkspaceLock.acquire(in: storeDirectory, timeout: lockTimeout)
        return try withExtendedLifetime(lock) {
            try references.forEach(removeStaleLock)
            try recoverInterruptedChange()
            try checkWritable()
            return try body()
        }
    }

    /// `"Name <email>"` when given, else git's `user.name`/`user.email`, else `audit <audit@localhost>`.
    public func signature(named person: String?) throws -> Signature {
        if let person {
            let identity = try AuthorIdentity.parse(person)
            return try Signature.now(name: identity.name, email: identity.email)
        }
        if let configured = try? Signature.default(for: repository) { return configured }
        return try Signature.now(name: Self.fallbackAuthor.name, email: Self.fallbackAuthor.email)
    }

    /// Moves `updates` as one change: all of them or, after a failure or a kill, none (see
    /// `ReferenceJournal`). Only inside `withWriterLock`'s body.
    public func updateReferences(_ updates: [ReferenceUpdate], logMessage: String) throws {
        try updates.map(\.name).forEach(removeStaleLock)
        try journal.apply(updates, logMessage: logMessage)
    }

    /// Undoes a multi-ref change whose writer was killed half-way; the caller holds the lock.
    func recoverInterruptedChange() throws {
        guard journal.isPending else { return }
        try journal.recover()
        warn(LocalizedText(
            en: "undid an interrupted change to the store's refs (a pull killed while it moved them)",
            zh: "已撤销对存储引用的一次未完成的修改（一次拉取在移动引用时被中止）"
        ))
    }

    var journal: ReferenceJournal {
        ReferenceJournal(storeDirectory: storeDirectory, repository: repository)
    }

    /// Removes the lock files libgit2 left beside `references` and under the ref directory
    /// `prefix` (e.g. a remote's staging refs) when killed mid-update. Only for the holder of
    /// the writer lock, inside `withWriterLock`'s body, when no one else can be writing them.
    public func removeStaleLocks(of references: [String], under prefix: String) throws {
        try references.forEach(removeStaleLock)
        let directory = storeDirectory.appendingPathComponent(prefix, isDirectory: true)
        guard let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return }
        for case let file as URL in files where file.pathExtension == "lock" {
            try removeStaleLock(of: String(file.standardizedFileURL.path.dropFirst(storeDirectory.standardizedFileURL.path.count + 1).dropLast(5)))
        }
    }

    private func removeStaleLock(of reference: String) throws {
        let path = storeDirectory.appendingPathComponent(reference + ".lock").path
        guard unlink(path) != 0 else { return }
        let failure = errno
        // ENOTDIR: the ref's directory is a ref file (`2024/x` beside a version `2024`), so no
        // lock can be there; the writer itself refuses the clash.
        if failure != ENOENT, failure != ENOTDIR {
            throw AuditStoreError.cannotLock(path: path, reason: String(cString: strerror(failure)))
        }
    }
}
