import Foundation

extension Workspace {
    static let minimumIDPrefix = 4

    /// Resolves `2021` (latest revision), `2021@1` (first revision) or a commit-id prefix of at
    /// least four hex digits. A version label wins over a commit prefix that looks the same.
    public func resolve(_ ref: String) throws -> Revision {
        try resolve([ref])[0]
    }

    /// Resolves each ref in order, as `resolve(_:)` does, from one reading of the branches:
    /// reading them checks every branch, which costs as much as resolving a ref.
    public func resolve(_ refs: [String]) throws -> [Revision] {
        let known = try versions()
        return try refs.map { try resolve($0, known: known) }
    }

    private func resolve(_ ref: String, known: [String]) throws -> Revision {
        if let at = ref.lastIndex(of: "@") {
            return try resolveNumbered(ref, version: String(ref[..<at]), number: String(ref[ref.index(after: at)...]), known: known)
        }
        if known.contains(ref) { return try latestRevision(of: ref) }
        if Self.isCommitIDPrefix(ref) { return try resolveCommitPrefix(ref, known: known) }
        throw AuditStoreError.unknownRef(ref, known: known)
    }

    private func resolveNumbered(_ ref: String, version: String, number text: String, known: [String]) throws -> Revision {
        guard known.contains(version), let number = Self.revisionNumber(text) else {
            throw AuditStoreError.unknownRef(ref, known: known)
        }
        let latest = try latestRevision(of: version)
        guard number <= latest.number else {
            throw AuditStoreError.noSuchRevision(ref, version: version, count: latest.number)
        }
        return try revision(number, before: latest)
    }

    private func resolveCommitPrefix(_ ref: String, known: [String]) throws -> Revision {
        let prefix = ref.lowercased()
        var matches: [String: Revision] = [:]
        for version in known {
            for revision in try revisions(of: version) where revision.commitID.hasPrefix(prefix) {
                matches[revision.commitID] = matches[revision.commitID] ?? revision
            }
        }
        guard matches.count <= 1 else {
            throw AuditStoreError.ambiguousRef(ref, candidates: matches.values.map(\.ref).sorted())
        }
        guard let match = matches.values.first else { throw AuditStoreError.unknownRef(ref, known: known) }
        return match
    }

    /// A revision number as written by `audit log`: decimal digits, no sign, no leading zero.
    /// `Int("+1")` and `Int("01")` both read as 1, so `2021@+1` would name what `2021@1` names.
    private static func revisionNumber(_ text: String) -> Int? {
        guard let first = text.utf8.first, first != UInt8(ascii: "0"), text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            return nil
        }
        return Int(text)
    }

    private static func isCommitIDPrefix(_ ref: String) -> Bool {
        (minimumIDPrefix...40).contains(ref.count) && ref.allSatisfy(\.isHexDigit)
    }
}
