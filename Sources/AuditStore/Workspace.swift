import Foundation
import Git
import Localization

/// A directory holding the git store of report versions (`store.git`, bare), the files
/// derived from their texts (`cache/`) and the user's `audit.yml`.
public final class Workspace {
    public static let storeDirectoryName = "store.git"

    public let directory: URL
    let repository: Repository
    /// How long `commit` waits for another writer before failing with "workspace busy, retry".
    public var lockTimeout: TimeInterval = 10
    /// Receives what the user should know that does not stop a read, one line each, such as a
    /// cached file that did not verify and was ignored. The command line prints them.
    public var warn: (LocalizedText) -> Void = { _ in }

    private init(directory: URL, repository: Repository) {
        self.directory = directory
        self.repository = repository
    }

    public var storeDirectory: URL {
        Self.storeDirectory(in: directory)
    }

    var derivedFiles: DerivedFileCache {
        DerivedFileCache(workspace: directory)
    }

    /// Creates the workspace and its store; on an existing workspace it changes nothing.
    public static func initialize(at directory: URL) throws -> Workspace {
        try createDirectory(directory)
        let store = storeDirectory(in: directory)
        let repository = try openStore(store) ?? Repository.initBare(at: store)
        try WorkspaceLock.prepare(in: store)
        return Workspace(directory: directory, repository: repository)
    }

    /// Opens an existing workspace; never creates anything.
    public static func open(at directory: URL) throws -> Workspace {
        guard let repository = try openStore(storeDirectory(in: directory)) else {
            throw AuditStoreError.notAWorkspace(path: directory.relativePath)
        }
        let workspace = Workspace(directory: directory, repository: repository)
        // Readers must not see a killed pull's half-moved refs: undone here, under the lock.
        if workspace.journal.isPending { try workspace.withWriterLock(updating: []) {} }
        return workspace
    }

    private static func storeDirectory(in directory: URL) -> URL {
        directory.appendingPathComponent(storeDirectoryName, isDirectory: true)
    }

    /// The store's repository, or nil where there is no repository to open.
    private static func openStore(_ store: URL) throws -> Repository? {
        guard FileManager.default.fileExists(atPath: store.path) else { return nil }
        do {
            return try Repository.openBare(at: store)
        } catch let error as GitError where error.kind == .notFound {
            return nil
        }
    }

    private static func createDirectory(_ directory: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw AuditStoreError.notADirectory(path: directory.relativePath) }
            return
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw AuditStoreError.cannotCreate(path: directory.relativePath, reason: error.localizedDescription)
        }
    }
}
