import CLibgit2

extension Repository {
    /// Whether `ancestor` is reachable from `commit` (a commit is not its own descendant).
    public func isDescendant(_ commit: OID, of ancestor: OID) throws -> Bool {
        var commitRaw = commit.raw
        var ancestorRaw = ancestor.raw
        return try GitError.check(git_graph_descendant_of(pointer, &commitRaw, &ancestorRaw), "compare \(commit) with \(ancestor)") == 1
    }

    /// Whether the history of `commit` holds `other`: the same commit or one of its ancestors.
    public func holds(_ other: OID, in commit: OID) throws -> Bool {
        try commit == other || isDescendant(commit, of: other)
    }

    /// Commits reachable from `local` but not `upstream`, and the other way round.
    public func aheadBehind(_ local: OID, _ upstream: OID) throws -> (ahead: Int, behind: Int) {
        var ahead = 0
        var behind = 0
        var localRaw = local.raw
        var upstreamRaw = upstream.raw
        try GitError.check(git_graph_ahead_behind(&ahead, &behind, pointer, &localRaw, &upstreamRaw), "compare \(local) with \(upstream)")
        return (ahead, behind)
    }

    /// The best common ancestor of two commits; nil when their histories never meet.
    public func mergeBase(_ one: OID, _ other: OID) throws -> OID? {
        var base = git_oid()
        var oneRaw = one.raw
        var otherRaw = other.raw
        let result = git_merge_base(&base, pointer, &oneRaw, &otherRaw)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try GitError.check(result, "find the common ancestor of \(one) and \(other)")
        return OID(base)
    }

    /// Deletes the ref `name`; nothing when it does not exist.
    public func deleteReference(_ name: String) throws {
        let result = git_reference_remove(pointer, name)
        if result == GIT_ENOTFOUND.rawValue { return }
        try GitError.check(result, "delete ref \(name)")
    }
}
