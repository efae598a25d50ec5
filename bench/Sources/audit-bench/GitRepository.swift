import Foundation

/// A fresh git repository with a work tree, committed to as a reviewer would by hand. Only the
/// bench runs git; the product reads and writes its store through libgit2.
struct GitRepository {
    let directory: URL

    init(directory: URL) throws {
        self.directory = directory
        try Spawn.run(["git", "init", "-q", directory.path])
    }

    /// Copies `file` into the work tree (not timed: the file is there when a reviewer commits),
    /// then times `git add` and `git commit`.
    func commit(_ file: URL, as name: String, message: String) throws -> Double {
        let target = directory.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: file, to: target)
        let add = try Spawn.run(["git", "-C", directory.path, "add", name])
        let commit = try Spawn.run(["git", "-C", directory.path, "-c", "user.name=bench", "-c", "user.email=bench@localhost", "commit", "-q", "-m", message])
        return add.seconds + commit.seconds
    }
}
