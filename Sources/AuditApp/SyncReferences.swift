import FindingsStore

/// The refs that travel between stores, and where a remote's copies of them are staged:
/// `refs/audit/remotes/<remote>/heads/…`, `…/findings/…` and `…/triage`. A fetch writes only
/// there; local refs move afterwards, by compare-and-swap, once everything has been merged.
enum SyncReferences {
    static let heads = "refs/heads/"
    static let findings = StoreReferences.findingsPrefix
    static let triage = StoreReferences.triage

    static func stagingPrefix(_ remote: String) -> String {
        "refs/audit/remotes/\(remote)/"
    }

    static func fetchRefspecs(_ remote: String) -> [String] {
        let staging = stagingPrefix(remote)
        return ["+\(heads)*:\(staging)heads/*", "+\(findings)*:\(staging)findings/*", "+\(triage):\(staging)triage"]
    }

    /// The staged copy of the local ref `name`.
    static func staged(_ name: String, remote: String) -> String {
        stagingPrefix(remote) + String(name.dropFirst("refs/".count)).replacingOccurrences(of: "audit/", with: "", options: .anchored)
    }

    /// The local ref a staged one stands for.
    static func local(_ staged: String, remote: String) -> String {
        let tail = staged.dropFirst(stagingPrefix(remote).count)
        return tail.hasPrefix("heads/") ? "refs/" + tail : "refs/audit/" + tail
    }
}
