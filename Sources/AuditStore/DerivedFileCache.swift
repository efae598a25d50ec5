import Foundation
import Git

/// Derived files on disk beside the store, `cache/<text blob id>/<name>`, not in git: git
/// inflates and hashes every object it reads, which for a model the size of the text costs more
/// than a millisecond, where a plain file reads in a tenth of that. Keyed by the text's blob id,
/// so every revision with the same text shares them and a file never goes stale: a file that
/// depends on more than the text (a parser version, say) must say so in its own bytes.
///
/// Nothing guards a plain file, so each is kept in an envelope (`DerivedFileEnvelope`) naming
/// the text it was derived from and closed by a checksum; a file copied from another text's
/// folder, edited or damaged does not verify and is never handed out.
struct DerivedFileCache {
    static let directoryName = "cache"

    /// What the cache holds for one name and text.
    enum Lookup: Equatable {
        case found(Data)
        case missing
        /// There is a file, but it does not verify; the reason says why.
        case rejected(String)
    }

    let directory: URL
    /// `directory` relative to the workspace, for messages.
    private let relativeDirectory: String

    /// The cache of files derived from texts, `cache/` of the workspace; `folder` names a cache
    /// of its own inside it (`cache/history/`), keyed by other object ids than texts'.
    init(workspace: URL, folder: String? = nil) {
        relativeDirectory = [Self.directoryName, folder].compactMap { $0 }.joined(separator: "/")
        directory = workspace.appendingPathComponent(relativeDirectory, isDirectory: true)
    }

    func read(_ name: String, text: OID) -> Lookup {
        guard let stored = try? Data(contentsOf: url(name, text: text)) else { return .missing }
        do {
            return .found(try DerivedFileEnvelope.open(stored, text: text.hex))
        } catch {
            return .rejected("\(error)")
        }
    }

    /// Writes each file that is not there yet. Each write is a rename of a complete file, so a
    /// reader sees the whole file or none; a failure only costs the reader a recomputation.
    func store(_ files: [DerivedFile], text: OID) {
        for file in files where !FileManager.default.fileExists(atPath: url(file.name, text: text).path) {
            try? FileManager.default.createDirectory(at: folder(text), withIntermediateDirectories: true)
            try? DerivedFileEnvelope.seal(file.data, text: text.hex).write(to: url(file.name, text: text), options: .atomic)
        }
    }

    /// Removes a file that did not verify, so that later readers compute it without a warning.
    func remove(_ name: String, text: OID) {
        try? FileManager.default.removeItem(at: url(name, text: text))
    }

    /// Removes a file no reader needs any more, and its folder once that is empty.
    func discard(_ name: String, text: OID) {
        remove(name, text: text)
        rmdir(folder(text).path)
    }

    /// Where `name` of `text` lives, relative to the workspace, for messages.
    func relativePath(_ name: String, text: OID) -> String {
        "\(relativeDirectory)/\(text.hex)/\(name)"
    }

    private func folder(_ text: OID) -> URL {
        directory.appendingPathComponent(text.hex, isDirectory: true)
    }

    private func url(_ name: String, text: OID) -> URL {
        folder(text).appendingPathComponent(name)
    }
}
