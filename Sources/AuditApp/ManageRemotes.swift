import AuditStore
import Foundation
import Git

/// `audit remote`: the stores this workspace pushes to and pulls from, kept in the store's git
/// configuration (`remote.<name>.url`) like any git remote; no credentials are stored.
public struct ManageRemotes {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// Adds `name` for `url`; a local path is made absolute so the remote does not depend on
    /// the directory `audit` runs in.
    @discardableResult
    public func add(_ name: String, url: String) throws -> String {
        guard try Repository.isValidRemoteName(name) else { throw SyncError.badRemoteName(name) }
        let location = Self.absolute(url)
        let repository = try Repository.openBare(at: workspace.storeDirectory)
        try workspace.withWriterLock(updating: []) {
            if let existing = try repository.remote(named: name) {
                throw SyncError.remoteExists(name, url: existing.url)
            }
            try repository.createRemote(named: name, url: location, fetchRefspec: SyncReferences.fetchRefspecs(name)[0])
        }
        return location
    }

    /// Every remote with its URL, by name.
    public func list() throws -> [(name: String, url: String)] {
        let repository = try Repository.openBare(at: workspace.storeDirectory)
        return try repository.remoteNames().compactMap { name in try repository.remote(named: name).map { (name, $0.url) } }
    }

    static func remote(_ name: String, in repository: Repository) throws -> Remote {
        guard let remote = try repository.remote(named: name) else {
            throw SyncError.noSuchRemote(name, known: try repository.remoteNames())
        }
        return remote
    }

    /// URLs (`scheme://…`) and scp-like `host:path` pass unchanged; anything else is a path.
    static func absolute(_ url: String) -> String {
        if url.contains("://") { return url }
        if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") { return url }
        return URL(fileURLWithPath: url).standardizedFileURL.path
    }
}
