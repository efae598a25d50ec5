import Git

/// The name of a report version, e.g. `2021`; stored as the branch `refs/heads/<label>`.
enum VersionLabel {
    static let branchPrefix = "refs/heads/"
    static let maximumLength = 64

    static func referenceName(_ label: String) -> String {
        branchPrefix + label
    }

    /// Checks the documented pattern `[0-9A-Za-z][0-9A-Za-z._-]{0,63}`, then git's own branch-name
    /// rules, which additionally forbid e.g. `HEAD`, `a..b`, `x.lock` and a trailing `.`.
    static func validate(_ label: String) throws {
        guard matchesPattern(label) else { throw AuditStoreError.badVersionLabel(label) }
        guard try Repository.isValidBranchName(label) else {
            throw AuditStoreError.versionLabelNotARefName(label)
        }
    }

    static func matchesPattern(_ label: String) -> Bool {
        let bytes = Array(label.utf8)
        guard let first = bytes.first, bytes.count <= maximumLength, isAlphanumeric(first) else { return false }
        let punctuation: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-")]
        return bytes.allSatisfy { isAlphanumeric($0) || punctuation.contains($0) }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }
}
