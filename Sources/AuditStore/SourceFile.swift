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

    /// Checks type and size with `stat` before reading, so an oversized file is never loaded.
    static func load(_ url: URL) throws -> SourceFile {
        let shownPath = url.relativePath
        let size = try regularFileSize(url.path, shownPath: shownPath)
        guard size <= sizeLimit else { throw AuditStoreError.fileTooLarge(path: shownPath, size: size, limit: sizeLimit) }
        guard size > 0 else { throw AuditStoreError.emptyFile(path: shownPath) }
        let bytes = try readBytes(url, shownPath: shownPath)
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

    private static func regularFileSize(_ path: String, shownPath: String) throws -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw AuditStoreError.noSuchFile(path: shownPath) }
            throw AuditStoreError.unreadable(path: shownPath, reason: String(cString: strerror(errno)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return Int(status.st_size)
        case S_IFDIR: throw AuditStoreError.isADirectory(path: shownPath)
        default: throw AuditStoreError.notARegularFile(path: shownPath)
        }
    }

    /// Reads at most one byte past the limit, in case the file grew after `stat`.
    private static func readBytes(_ url: URL, shownPath: String) throws -> Data {
        let bytes: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            // Closing a file opened only for reading cannot lose data, so its error is moot.
            defer { try? handle.close() }
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
