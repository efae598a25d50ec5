import Foundation
import Git

/// Derived files on disk beside the store, `cache/<text blob id>/<name>`, not in git: git
/// inflates and hashes every object it reads, which for a model the size of the text costs more
/// than a millisecond, where a plain file reads in a tenth of that. Keyed by the text's blob id,
/// so every revision with the same text shares them and a file never goes stale: a file that
/// depends on more than the text (a parser version, say) must say so in its own bytes.
struct DerivedFileCache {
    static let directoryName = "cache"

    let directory: URL

    init(workspace: URL) {
        directory = workspace.appendingPathComponent(Self.directoryName, isDirectory: true)
    }

    func read(_ name: String, text: OID) -> Data? {
        try? Data(contentsOf: url(name, text: text))
    }

    /// Writes each file that is not there yet. Each write is a rename of a complete file, so a
    /// reader sees the whole file or none; a failure only costs the reader a recomputation.
    func store(_ files: [DerivedFile], text: OID) {
        for file in files where !FileManager.default.fileExists(atPath: url(file.name, text: text).path) {
            try? FileManager.default.createDirectory(at: folder(text), withIntermediateDirectories: true)
            try? file.data.write(to: url(file.name, text: text), options: .atomic)
        }
    }

    private func folder(_ text: OID) -> URL {
        directory.appendingPathComponent(text.hex, isDirectory: true)
    }

    private func url(_ name: String, text: OID) -> URL {
        folder(text).appendingPathComponent(name)
    }
}
