import Foundation

/// A report written to a file: whole or not at all, so a failed command leaves no half report
/// behind, and never inside a store, which only libgit2 writes (a report written over a branch
/// ref would silently lose a version).
public enum OutputFile {
    public static func write(_ data: Data, to path: String, outside stores: [URL]) throws {
        let url = URL(fileURLWithPath: path)
        if let store = stores.first(where: { contains($0, url) }) {
            throw ApplicationError.outputInsideStore(path: path, store: store.relativePath)
        }
        try data.write(to: url, options: .atomic)
    }

    /// Compared after resolving symbolic links, so `ws/../ws/store.git/x` or a link to the
    /// store is caught; the file itself need not exist yet.
    private static func contains(_ store: URL, _ file: URL) -> Bool {
        let storePath = store.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        let resolved = file.standardizedFileURL.deletingLastPathComponent().resolvingSymlinksInPath()
            .appendingPathComponent(file.lastPathComponent).pathComponents
        return resolved.starts(with: storePath)
    }
}
