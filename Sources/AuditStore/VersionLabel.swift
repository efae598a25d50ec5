import Foundation
import Git

/// The name of a report version, e.g. `2021`, or `财政局/2024` and `czj/2024` for one department's
/// version in a workspace holding many; stored as the branch `refs/heads/<label>`, so a
/// department is a directory of refs on disk (`refs/heads/财政局/2024`, its name in UTF-8).
public enum VersionLabel {
    static let branchPrefix = "refs/heads/"
    static let maximumLength = 64
    /// In characters: a department's name is Chinese, three UTF-8 bytes a character, and 64 of
    /// them (192 bytes) stay well under the 255 bytes a file name may have.
    static let maximumDepartmentLength = 64
    public static let separator: Character = "/"

    /// The department and the version within it: `("czj", "2024")` for `czj/2024`, `(nil, "2024")`
    /// for `2024`.
    public static func parts(of label: String) -> (department: String?, version: String) {
        guard let slash = label.firstIndex(of: separator) else { return (nil, label) }
        return (String(label[..<slash]), String(label[label.index(after: slash)...]))
    }

    public static func label(department: String?, version: String) -> String {
        department.map { "\($0)\(separator)\(version)" } ?? version
    }

    static func referenceName(_ label: String) -> String {
        branchPrefix + label
    }

    /// Checks the documented pattern: a version `[0-9A-Za-z][0-9A-Za-z._-]{0,63}`, optionally
    /// after a department and one `/`; then git's own branch-name rules, which additionally
    /// forbid e.g. `HEAD`, `a..b`, `x.lock` and a trailing `.`.
    public static func validate(_ label: String) throws {
        guard matchesPattern(label) else { throw AuditStoreError.badVersionLabel(label) }
        guard try Repository.isValidBranchName(label) else {
            throw AuditStoreError.versionLabelNotARefName(label)
        }
    }

    static func matchesPattern(_ label: String) -> Bool {
        guard label.filter({ $0 == separator }).count <= 1 else { return false }
        let (department, version) = parts(of: label)
        return matchesVersionPattern(version) && (department.map(matchesDepartmentPattern) ?? true)
    }

    private static func matchesVersionPattern(_ version: String) -> Bool {
        let bytes = Array(version.utf8)
        guard let first = bytes.first, bytes.count <= maximumLength, isASCIIAlphanumeric(first) else { return false }
        return bytes.allSatisfy { isASCIIAlphanumeric($0) || punctuation.contains($0) }
    }

    /// Letters and digits of any script (汉字 included), `.`, `_` and `-`, starting with a letter or
    /// digit, in Unicode normal form C: git compares ref names byte by byte, so `财政局` typed in
    /// another normal form would otherwise be a second department of the same name.
    private static func matchesDepartmentPattern(_ department: String) -> Bool {
        let scalars = Array(department.unicodeScalars)
        guard let first = scalars.first, department.count <= maximumDepartmentLength, isLetterOrDigit(first) else { return false }
        let normalised = Array(department.precomposedStringWithCanonicalMapping.utf8)
        return normalised == Array(department.utf8)
            && scalars.allSatisfy { isLetterOrDigit($0) || ($0.isASCII && punctuation.contains(UInt8($0.value))) }
    }

    private static let punctuation: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-")]

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default:
            return false
        }
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }
}
