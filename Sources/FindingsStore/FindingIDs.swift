import CheckerKit
import FindingsModel

/// Finding ids as reviewers type them: a prefix of the fingerprint, unique among the
/// fingerprints the store knows.
public enum FindingIDs {
    static let minimumLength = 4

    /// The full fingerprint `id` names among `fingerprints`.
    public static func resolve(_ id: String, among fingerprints: Set<String>) throws -> String {
        let prefix = id.lowercased()
        guard prefix.count >= minimumLength, prefix.count <= 32, prefix.allSatisfy(\.isHexDigit) else {
            throw FindingsStoreError.badFindingID(id)
        }
        let matches = fingerprints.filter { $0.hasPrefix(prefix) }.sorted()
        guard matches.count <= 1 else {
            throw FindingsStoreError.ambiguousFinding(id, candidates: matches.map { String($0.prefix(Finding.shortIDLength + 2)) })
        }
        guard let match = matches.first else { throw FindingsStoreError.unknownFinding(id) }
        return match
    }
}
