import Foundation
import PDFText

/// A failure the user can act on; each message is one line, written for the command line.
public enum AuditStoreError: Error, Equatable, CustomStringConvertible, LocalizedError {
    case notAWorkspace(path: String)
    case notADirectory(path: String)
    case cannotCreate(path: String, reason: String)
    case badVersionLabel(String)
    case versionLabelNotARefName(String)
    case versionLabelClash(String, existing: String)
    case badAuthor(String)
    case noSuchFile(path: String)
    case isADirectory(path: String)
    case notARegularFile(path: String)
    case unreadable(path: String, reason: String)
    case fileTooLarge(path: String, size: Int, limit: Int)
    case emptyFile(path: String)
    case blankFile(path: String)
    case notText(path: String, TextDecodingError)
    case unreadablePDF(path: String, PDFReadError)
    case unknownRef(String, known: [String])
    case ambiguousRef(String, candidates: [String])
    case noSuchRevision(String, version: String, count: Int)
    case busy
    case cannotLock(path: String, reason: String)
    case damagedRevision(commitID: String, reason: String)
    case brokenBranch(version: String, reference: String, reason: String)
    case damagedStore(path: String, reason: String)

    public var description: String {
        switch self {
        case .notAWorkspace(let path):
            return "not an audit workspace: \(path) (run 'audit init --workspace \(path)')"
        case .notADirectory(let path):
            return "not a directory: \(path)"
        case .cannotCreate(let path, let reason):
            return "cannot create \(path): \(reason)"
        case .badVersionLabel(let label):
            return "bad version label \(Quoting.quoted(label)): use letters, digits, '.', '_' or '-',"
                + " at most 64 characters, starting with a letter or digit, optionally after a department and '/'"
                + " (财政局/2024: letters of any script, digits, '.', '_' or '-')"
        case .versionLabelNotARefName(let label):
            return "bad version label \(Quoting.quoted(label)): git cannot name a branch so"
                + " (not HEAD, no '..', no trailing '.', no '.lock' ending)"
        case .versionLabelClash(let label, let existing):
            return "version label \(Quoting.quoted(label)) clashes with version \(Quoting.quoted(existing)):"
                + " a department cannot share its name with a version without one"
        case .badAuthor(let author):
            return "bad author \(Quoting.quoted(author)): use \"Name <email>\""
        case .noSuchFile(let path):
            return "no such file: \(path)"
        case .isADirectory(let path):
            return "is a directory, not a file: \(path)"
        case .notARegularFile(let path):
            return "not a regular file: \(path)"
        case .unreadable(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .fileTooLarge(let path, let size, let limit):
            return "file too large: \(path) is \(size) bytes, the limit is \(limit) bytes (\(limit >> 20) MiB)"
        case .emptyFile(let path):
            return "empty file: \(path)"
        case .blankFile(let path):
            return "empty file: \(path) holds only whitespace"
        case .notText(let path, let reason):
            return "not text: \(path) (\(reason))"
        case .unreadablePDF(let path, let reason):
            return "cannot store PDF \(path): \(reason)"
        case .unknownRef(let ref, let known):
            let versions = known.isEmpty ? "no versions stored yet" : "known versions: " + known.joined(separator: ", ")
            return "unknown ref \(Quoting.quoted(ref)) (\(versions))"
        case .ambiguousRef(let ref, let candidates):
            return "ambiguous ref \(Quoting.quoted(ref)): matches " + candidates.joined(separator: ", ")
        case .noSuchRevision(let ref, let version, let count):
            return "unknown ref \(Quoting.quoted(ref)): \(version) has \(count) revision\(count == 1 ? "" : "s")"
        case .busy:
            return "workspace busy, retry"
        case .cannotLock(let path, let reason):
            return "cannot lock the workspace with \(path): \(reason)"
        case .damagedRevision(let commitID, let reason):
            return "damaged revision \(commitID): \(reason)"
        case .damagedStore(let path, let reason):
            return "damaged store: \(path) cannot be read (\(Quoting.escapingControlCharacters(reason))); nothing was written"
        case .brokenBranch(let version, let reference, let reason):
            return "version \(Quoting.quoted(version)): branch ref \(Quoting.escapingControlCharacters(reference)) is broken"
                + " (\(Quoting.escapingControlCharacters(reason)))"
        }
    }

    public var errorDescription: String? { description }
}
