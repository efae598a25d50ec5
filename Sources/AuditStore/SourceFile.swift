import Foundation
import Glibc
import PDFText

/// A report file read from disk and decoded, or the reason it cannot be stored.
struct SourceFile {
    static let sizeLimit = 64 << 20

    /// The file name without directories, kept in the revision's metadata.
    let name: String
    let bytes: Data
    let decoded: DecodedText

    /// Opens without blocking (a FIFO would wait for a writer) and checks type and size with
    /// `fstat` on what was opened, so a file swapped after the check is never read and an
    /// oversized one is never loaded.
    static func load(_ url: URL) throws -> SourceFile {
        let shownPath = url.relativePath
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw openFailure(errno, shownPath: shownPath) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let size = try regularFileSize(descriptor, shownPath: shownPath)
        guard size <= sizeLimit else { throw AuditStoreError.fileTooLarge(path: shownPath, size: size, limit: sizeLimit) }
        guard size > 0 else { throw AuditStoreError.emptyFile(path: shownPath) }
        let bytes = try readBytes(handle, shownPath: shownPath)
        let decoded: DecodedText
        do {
            decoded = try TextDecoding.decode(bytes)
        } catch let reason as TextDecodingError {
            throw AuditStoreError.notText(path: shownPath, reason)
        } catch let reason as PDFReadError {
            throw AuditStoreError.unreadablePDF(path: shownPath, reason)
        }
        guard decoded.text.contains(where: { !$0.isWhitespace }) else { throw AuditStoreError.blankFile(path: shownPath) }
        return SourceFile(name: url.lastPathComponent, bytes: bytes, decoded: decoded)
    }

    private static func openFailure(_ failure: Int32, shownPath: String) -> AuditStoreError {
        switch failure {
        case ENOENT, ENOTDIR: return .noSuchFile(path: shownPath)
        case EISDIR: return .isADirectory(path: shownPath)
        default: return .unreadable(path: shownPath, reason: String(cString: strerror(failure)))
        }
    }

    private static func regularFileSize(_ descriptor: Int32, shownPath: String) throws -> Int {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw AuditStoreError.unreadable(path: shownPath, reason: String(cString: strerror(errno)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return Int(status.st_size)
        case S_IFDIR: throw AuditStoreError.isADirectory(path: shownPath)
        default: throw AuditStoreError.notARegularFile(path: shownPath)
        }
    }

    /// Reads at most one byte past the limit, in case the file grew after `fstat`.
    private static func readBytes(_ handle: FileHandle, shownPath: String) throws -> Data {
        let bytes: Data
        do {
            bytes = try handle.read(upToCount: sizeLimit + 1) ?? Data()
        } catch {
            throw AuditStoreError.unreadable(path: shownPath, reason: error.localizedDescription)
        }
        guard bytes.count <= sizeLimit else {
            throw AuditStoreError.fileTooLarge(path: shownPath, size: bytes.count, limit: sizeLimit)
        }
        guard !bytes.isEmpty else { throw AuditStoreError.emptyFile(path: shownPath) }
        return bytes
    }
}
