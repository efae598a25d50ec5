import Foundation
import Git
import Localization

/// Files derived from a pair of revisions' texts (a diff's changes), in the derived cache
/// under both texts' blob ids, `cache/diffs/<old text>/<new text>-<name>`: like a file derived
/// from one text, every pair of revisions with the same two texts shares it and it never goes
/// stale. The envelope binds the file to the old text; the new text's id opens the sealed
/// payload, so a file renamed to another new text's name does not verify either.
extension Workspace {
    static let pairFolder = "diffs"

    /// The file of that name derived from the texts of `old` and `new`, or nil when there is
    /// none. One that does not verify is removed with a warning and reads as none, as a
    /// rejected file derived from one text does.
    public func pairFile(named name: String, old: Revision, new: Revision) throws -> Data? {
        let (oldText, newText) = (try storedTextID(of: old), try storedTextID(of: new))
        let stored = Self.pairName(name, new: newText)
        let reason: String
        switch pairCache.read(stored, text: oldText) {
        case .missing:
            return nil
        case .found(let data):
            let prefix = Data((newText.hex + "\n").utf8)
            if data.starts(with: prefix) { return data.dropFirst(prefix.count) }
            reason = "it was derived from another new text than \(newText.hex)"
        case .rejected(let why):
            reason = why
        }
        let file = pairCache.relativePath(stored, text: oldText)
        warn(LocalizedText(
            en: "ignored \(file) of \(old.ref) and \(new.ref): \(reason); computed afresh from the texts",
            zh: "忽略了 \(old.ref) 与 \(new.ref) 的 \(file)：\(reason)；已根据文字重新计算"
        ))
        pairCache.remove(stored, text: oldText)
        return nil
    }

    /// Keeps `file` as derived from the texts of `old` and `new`; like every derived file it is
    /// safe to delete, and a failure to write it only costs a later reader a recomputation.
    public func storePairFile(_ file: DerivedFile, old: Revision, new: Revision) throws {
        let (oldText, newText) = (try storedTextID(of: old), try storedTextID(of: new))
        let sealed = DerivedFile(name: Self.pairName(file.name, new: newText), data: Data((newText.hex + "\n").utf8) + file.data)
        pairCache.store([sealed], text: oldText)
    }

    private static func pairName(_ name: String, new: OID) -> String {
        "\(new.hex)-\(name)"
    }

    private var pairCache: DerivedFileCache {
        DerivedFileCache(workspace: directory, folder: Self.pairFolder)
    }
}
