import Foundation
import Git

/// Several refs moved as one change (a pull's merged versions, findings and ledger): the
/// updates are written to `store.git/audit-refs.journal` (fsynced, renamed into place) before
/// the first ref moves and removed after the last. A journal found later means a writer was
/// killed in between; the refs it moved are moved back, so the store is as it was before that
/// change. Recovery happens under the writer lock, when a workspace is opened.
struct ReferenceJournal {
    static let fileName = "audit-refs.journal"

    let storeDirectory: URL
    let repository: Repository

    private var file: URL { storeDirectory.appendingPathComponent(Self.fileName) }

    var isPending: Bool { FileManager.default.fileExists(atPath: file.path) }

    /// Applies every update or none.
    func apply(_ updates: [ReferenceUpdate], logMessage: String) throws {
        guard !updates.isEmpty else { return }
        try write(updates)
        var applied: [ReferenceUpdate] = []
        do {
            for update in updates {
                try update.apply(in: repository, logMessage: logMessage)
                applied.append(update)
            }
        } catch {
            // A compare-and-swap lost to a writer outside the lock (`git push` into the store).
            for update in applied.reversed() { try? update.undo(in: repository, logMessage: logMessage + " (undone)") }
            try? FileManager.default.removeItem(at: file)
            throw error
        }
        try FileManager.default.removeItem(at: file)
    }

    /// Undoes what a killed writer's journal says it may have moved.
    func recover() throws {
        guard isPending else { return }
        let updates: [ReferenceUpdate]
        do {
            updates = try JSONDecoder().decode([ReferenceUpdate].self, from: Data(contentsOf: file))
        } catch {
            // Not renamed into place whole: no ref was moved after it.
            try FileManager.default.removeItem(at: file)
            return
        }
        for update in updates.reversed() { try update.undo(in: repository, logMessage: "audit: undo an interrupted change") }
        try FileManager.default.removeItem(at: file)
    }

    private func write(_ updates: [ReferenceUpdate]) throws {
        let temporary = storeDirectory.appendingPathComponent(Self.fileName + ".tmp")
        let data = try JSONEncoder().encode(updates)
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw AuditStoreError.cannotCreate(path: temporary.path, reason: "cannot write the ref journal")
        }
        let descriptor = open(temporary.path, O_RDONLY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
        guard rename(temporary.path, file.path) == 0 else {
            throw AuditStoreError.cannotCreate(path: file.path, reason: String(cString: strerror(errno)))
        }
    }
}
